namespace Mocean.Ocean.Tests;

public class MotionTests
{
    [Fact]
    public void NewPlayerStartsAtTheSurfaceStoppedWithAnAirTank()
    {
        var sea = new Sea();
        var p = sea.Ocean.Join("abc", "Nemo");
        Assert.Equal((120.0, 120.0, 0.0, 0.0, 0.0), (p.X, p.Y, p.Z, p.Speed, p.Heading)); // the scripted server draws 0.5
        Assert.Equal(["air tank"], sea.Ocean.Inventory("abc"));
    }

    [Theory]
    [InlineData(0.0, 40.0, 40.0)]
    [InlineData(0.999, 199.84, 199.84)]
    public void StartPlaceAndHeadingComeFromTheServersRandomness(double draw, double x, double y)
    {
        var ocean = OceanGame.Create(42, OceanRules.Default, new Sea().Clock, new Script(draw));
        var p = ocean.Join("abc", "Nemo");
        Assert.Equal(x, p.X, 9);
        Assert.Equal(y, p.Y, 9);
        Assert.InRange(p.Heading, -Math.PI + 1e-12, Math.PI);
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 1.45)]
    [InlineData(3, 2.1025)]
    [InlineData(11, 40.0)] // 1.45^10 = 41.1: capped at the surface top speed
    [InlineData(30, 40.0)]
    public void WFromRestStartsAtOneThenSpeedsUpToTheSurfaceCap(int presses, double speed)
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600);
        for (var i = 0; i < presses; i++)
        {
            sea.Ocean.Accel(id, "w");
        }
        Assert.Equal(speed, sea.Ocean.Player(id).Speed, 9);
    }

    [Fact]
    public void SubmergedTopSpeedIsFive()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600, z: 10);
        var speeds = Enumerable.Range(0, 8).Select(_ => Math.Sqrt(Sq(sea.Ocean.Accel(id, "w").Vx) + Sq(sea.Ocean.Velocity(id).Vy))).ToList();
        Assert.Equal(5, speeds[^1], 9);
        Assert.All(speeds, s => Assert.True(s <= 5));
    }

    [Theory]
    [InlineData(1.0, 1, 0.6)]
    [InlineData(1.0, 2, 0.36)]
    [InlineData(1.0, 3, 0.0)] // 0.216 is below 0.33: full stop
    [InlineData(0.5, 1, 0.0)] // 0.3 is below 0.33
    [InlineData(0.56, 1, 0.336)]
    public void SSlowsDownAndBelowAThirdStops(double start, int presses, double speed)
    {
        var sea = new Sea(settings: OceanRules.Default with { WhaleSpeed = 0, StartSpeed = start });
        var id = sea.Put("Nemo", 450, 600);
        sea.Ocean.Accel(id, "w");
        for (var i = 0; i < presses; i++)
        {
            sea.Ocean.Accel(id, "s");
        }
        Assert.Equal(speed, sea.Ocean.Player(id).Speed, 9);
    }

    [Theory]
    [InlineData("a", 1)]
    [InlineData("d", -1)]
    [InlineData("A", 1)]
    public void VeeringTurnsFifteenDegreesAndKeepsSpeed(string ctrl, int sign)
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600);
        sea.Ocean.Accel(id, "w");
        sea.Ocean.Accel(id, "w");
        var m = sea.Ocean.Accel(id, ctrl);
        Assert.Equal(sign * Math.PI / 12, m.Heading, 12);
        Assert.Equal(1.45, Math.Sqrt(Sq(m.Vx) + Sq(m.Vy)), 12);
    }

    [Fact]
    public void VeeringPastWestWrapsTheHeadingIntoMinusPiToPi()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600);
        var headings = Enumerable.Range(0, 13).Select(_ => sea.Ocean.Accel(id, "a").Heading).ToList();
        Assert.Equal(Math.PI, headings[11], 12);
        Assert.Equal(-11 * Math.PI / 12, headings[12], 12);
        Assert.All(headings, h => Assert.InRange(h, -Math.PI + 1e-12, Math.PI));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("ww")]
    public void UnknownAccelControlIsABadControl(string ctrl)
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600);
        Assert.Equal(OceanError.BadControl, Assert.Throws<OceanException>(() => sea.Ocean.Accel(id, ctrl)).Error);
        Assert.Equal(OceanError.BadControl, Assert.Throws<OceanException>(() => sea.Ocean.Dive(id, ctrl)).Error);
    }

    [Fact]
    public void PositionAdvancesWithTimeOnEveryAccess()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600);
        sea.Ocean.Accel(id, "w");
        sea.Ocean.Accel(id, "w"); // 1.45 east
        sea.Wait(10);
        Assert.Equal("Nemo", sea.Ocean.Name(id));
        sea.Wait(10);
        var at = sea.Ocean.Location(id);
        Assert.Equal(450 + 29, at.X, 9);
        Assert.Equal(600, at.Y, 9);
    }

    [Fact]
    public void StopKeepsTheHeading()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600);
        sea.Ocean.Accel(id, "w");
        sea.Ocean.Accel(id, "a");
        var m = sea.Ocean.Stop(id);
        Assert.Equal((0.0, 0.0, Math.PI / 12), (m.Vx, m.Vy, m.Heading));
        sea.Wait(60);
        Assert.Equal(450, sea.Ocean.Location(id).X);
    }

    [Fact]
    public void CrossingAnEdgeSetsTheWrapFlagUntilTheNextLocation()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 890, 600);
        for (var i = 0; i < 5; i++)
        {
            sea.Ocean.Accel(id, "w"); // 4.42 east
        }
        Assert.False(sea.Ocean.Location(id).Wrap);
        sea.Wait(5);
        sea.Ocean.Inventory(id); // any access moves the player across the edge
        sea.Wait(1);
        var at = sea.Ocean.Location(id);
        Assert.True(at.Wrap);
        Assert.Equal(890 + (6 * Math.Pow(1.45, 4)) - 900, at.X, 9);
        Assert.False(sea.Ocean.Location(id).Wrap);
    }

    private static double Sq(double v) => v * v;
}

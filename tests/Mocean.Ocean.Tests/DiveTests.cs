namespace Mocean.Ocean.Tests;

public class DiveTests
{
    [Theory]
    [InlineData(0, "r", 0)]
    [InlineData(0, "f", 5)]
    [InlineData(10, "r", 5)]
    [InlineData(30, "f", 30)] // not below the 30 m floor
    [InlineData(25, "F", 30)]
    public void DiveMovesFiveMetresWithinSurfaceAndFloor(double from, string ctrl, double to)
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600, from);
        Assert.Equal(to, sea.Ocean.Dive(id, ctrl).Z);
    }

    [Fact]
    public void DivingStopsThePlayer()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600);
        sea.Ocean.Accel(id, "w");
        sea.Ocean.Accel(id, "w");
        sea.Ocean.Dive(id, "f");
        Assert.Equal(0, sea.Ocean.Player(id).Speed);
        sea.Wait(30);
        Assert.Equal(450, sea.Ocean.Location(id).X);
    }

    [Fact]
    public void ReachingTheSurfaceRestoresSurfaceTopSpeed()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600, z: 5);
        for (var i = 0; i < 12; i++)
        {
            sea.Ocean.Accel(id, "w");
        }
        Assert.Equal(5, sea.Ocean.Player(id).Speed);
        sea.Ocean.Dive(id, "r");
        for (var i = 0; i < 12; i++)
        {
            sea.Ocean.Accel(id, "w");
        }
        Assert.Equal(40, sea.Ocean.Player(id).Speed);
    }

    [Fact]
    public void TheFloorPushesAMovingSubmergedPlayerUp()
    {
        var sea = new Sea(seamounts: [(500, 600, 20, 20)]);
        var id = sea.Put("Nemo", 400, 600, z: 30);
        for (var i = 0; i < 6; i++)
        {
            sea.Ocean.Accel(id, "w"); // 5 east
        }
        sea.Wait(20); // to 500,600: the peak, 10 m deep
        var at = sea.Ocean.Location(id);
        Assert.Equal(500, at.X, 9);
        Assert.Equal(10, at.Z, 9);
        Assert.Equal(10, sea.Ocean.Ping(id), 9);
    }

    [Fact]
    public void CrossingASeamountUnwatchedStillPushesThePlayerUp()
    {
        var sea = new Sea(seamounts: [(500, 600, 20, 20)]);
        var id = sea.Put("Nemo", 400, 600, z: 30);
        for (var i = 0; i < 6; i++)
        {
            sea.Ocean.Accel(id, "w"); // 5 east
        }
        sea.Wait(40); // over the 10 m peak at 500 and on to 600, where the floor is 30 m again
        var at = sea.Ocean.Location(id);
        Assert.Equal(600, at.X, 9);
        Assert.Equal(10, at.Z, 9);
    }

    [Fact]
    public void ADiverSeenByOthersOnTheWayEndsWhereAnUnwatchedOneDoes()
    {
        // Others' looks and the live map move a diver in small steps and keep the result; the run is the same.
        var watched = new Sea(seamounts: [(500, 600, 20, 20)]);
        var alone = new Sea(seamounts: [(500, 600, 20, 20)]);
        var ids = new[] { watched, alone }.Select(sea =>
        {
            var id = sea.Put("Nemo", 400, 600, z: 30);
            for (var i = 0; i < 6; i++)
            {
                sea.Ocean.Accel(id, "w"); // 5 east
            }
            return id;
        }).ToArray();
        var watcher = watched.Put("Ann", 300, 300);
        for (var second = 0; second < 40; second++)
        {
            watched.Wait(1);
            alone.Wait(1);
            Assert.Empty(watched.Ocean.Look(watcher));
            Assert.False(watched.Ocean.Location(watcher).Near);
            _ = watched.Ocean.View();
        }

        var seen = watched.Ocean.Location(ids[0]);
        var unseen = alone.Ocean.Location(ids[1]);
        Assert.Equal(600, seen.X, 9);
        Assert.Equal(unseen.X, seen.X, 9);
        Assert.Equal(10, seen.Z, 6);
        Assert.Equal(unseen.Z, seen.Z, 6);
    }

    [Theory]
    [InlineData(200, 300, 50)]
    [InlineData(450, 600, 30)]
    [InlineData(700, 700, 20)]
    public void PingGivesTheDepthOfTheFloorHere(double x, double y, double depth)
    {
        var sea = new Sea(seamounts: [(700, 700, 10, 10)]);
        Assert.Equal(depth, sea.Ocean.Ping(sea.Put("Nemo", x, y)), 9);
    }

    [Fact]
    public void TeleportNeedsTheCrystal()
    {
        var sea = new Sea();
        sea.Ocean.Join("abc", "Nemo");
        var (reply, place) = sea.Ocean.Teleport("abc", 800, 800);
        Assert.False(reply.Done);
        Assert.Equal("you need the teleport crystal to teleport", reply.Text);
        Assert.Equal((120.0, 120.0), (place.X, place.Y));
    }

    [Fact]
    public void TeleportLandsWrappedAtTheSurfaceStopped()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600, z: 20);
        sea.Ocean.Accel(id, "w");
        var (reply, place) = sea.Ocean.Teleport(id, 950, -10);
        Assert.True(reply.Done);
        Assert.Equal((50.0, 890.0, 0.0), (place.X, place.Y, place.Z));
        Assert.Equal(0, sea.Ocean.Player(id).Speed);
    }

    [Theory]
    [InlineData(double.NaN, 1)]
    [InlineData(1, double.PositiveInfinity)]
    public void TeleportToANonNumberIsABadArgument(double x, double y)
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 600);
        Assert.Equal(OceanError.BadArgument, Assert.Throws<OceanException>(() => sea.Ocean.Teleport(id, x, y)).Error);
    }
}

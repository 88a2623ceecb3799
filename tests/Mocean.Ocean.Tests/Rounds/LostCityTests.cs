using Mocean.Ocean.Rounds;
using Mocean.Ocean.World;

namespace Mocean.Ocean.Tests.Rounds;

public class LostCityTests
{
    private static readonly Torus Torus = Torus.Of(OceanRules.Default);

    [Theory]
    [InlineData(0, 80)]
    [InlineData(15, 60.32653298563167)] // 30 + 50·exp(-½)
    [InlineData(30, 36.766764161830636)] // 30 + 50·exp(-2)
    [InlineData(45, 30.555449826912117)] // 30 + 50·exp(-4.5): the edge is still inside
    [InlineData(45.01, 30)] // outside: the floor as it was
    [InlineData(200, 30)]
    public void TheCityDeepensTheFloorWithinFortyFive(double r, double depth)
    {
        var floor = new CityFloor(new SeaFloor(OceanRules.Default, []), new LostCity(450, 450), Torus, RoundSettings.Default);
        Assert.Equal(depth, floor.DepthAt(450 + r, 450), 9);
        Assert.Equal(depth, floor.DepthAt(450, 450 - r), 9);
    }

    [Fact]
    public void TheCityIsMeasuredRoundTheTorus()
    {
        var floor = new CityFloor(new SeaFloor(OceanRules.Default, []), new LostCity(5, 895), Torus, RoundSettings.Default);
        Assert.Equal(80, floor.DepthAt(5, 895), 9);
        Assert.Equal(floor.DepthAt(15, 895), floor.DepthAt(895, 895), 9); // 10 east and 10 west across the edge
        Assert.Equal(floor.DepthAt(5, 5), floor.DepthAt(5, 885), 9);
    }

    [Fact]
    public void TheFloorIsTheDeeperOfTheTwo()
    {
        // The trench (50 m) beside a city drawn there on purpose: where the city is shallower than the trench, the trench stays.
        var floor = new CityFloor(new SeaFloor(OceanRules.Default, []), new LostCity(200, 280), Torus, RoundSettings.Default);
        Assert.Equal(50, floor.DepthAt(150, 300), 9); // trench, the city's 30.x there
        Assert.Equal(80, floor.DepthAt(200, 280), 9);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    [InlineData(20261128UL)]
    public void TheCityIsPlacedAwayFromSeamountsAndTheTrenchInEveryWorld(ulong worldSeed)
    {
        var world = OceanWorld.Generate(worldSeed, OceanRules.Default);
        for (ulong seed = 0; seed < 200; seed++)
        {
            var city = LostCity.Place(new SplitMix64(seed), world.Floor, world.Settings, RoundSettings.Default);
            Assert.NotNull(city);
            Assert.All(world.Floor.Seamounts, m => Assert.True(Torus.Distance2D(city.X, city.Y, m.X, m.Y) >= 120));
            Assert.All(OceanRules.Default.Trench, t => Assert.True(LostCity.FromRect(Torus, city.X, city.Y, t) >= 60));
        }
    }

    [Theory]
    [InlineData(200, 300, 0)] // inside the first rectangle
    [InlineData(200, 330, 15)] // 15 north of it
    [InlineData(100, 300, 40)] // 40 west
    [InlineData(890, 300, 150)] // round the edge: 150 to x=140
    public void DistanceToTheTrenchIsToTheNearestRectangle(double x, double y, double distance) =>
        Assert.Equal(distance, LostCity.FromRect(Torus, x, y, OceanRules.Default.Trench[0]), 9);

    [Fact]
    public void PingDivingAndTheFloorPushSeeTheCityOnlyWhileTheRoundLasts()
    {
        var play = new Play(players: 4);
        var city = play.Round.City;
        play.Put("Bob", city.X, city.Y);
        Assert.Equal(80, play.Ocean.Ping(play["Bob"]), 9);
        play.ToFloor("Bob");
        Assert.Equal(80, play.Ocean.Player(play["Bob"]).Z, 9);

        // Moving out of the city, a diver at 80 m is pushed up by the rising floor.
        play.Ocean.Accel(play["Bob"], "w");
        play.Wait(60); // 1 unit/s: 60 from the centre, out of the city
        Assert.Equal(30, play.Ocean.Player(play["Bob"]).Z, 9);

        play.Put("Cara", city.X, city.Y);
        play.ToFloor("Cara");
        play.Ocean.EndRound();
        Assert.Equal(30, play.Ocean.Ping(play["Cara"]), 9);
        Assert.Equal(30, play.Ocean.Player(play["Cara"]).Z, 9); // lifted to the floor as it is again
    }

    [Fact]
    public void BeforeARoundThereIsNoCity()
    {
        var play = new Play(players: 4, start: false);
        play.Ocean.StartRound(11, RoundSettings.Default, []);
        var city = play.Round.City;
        play.Ocean.EndRound();
        play.Put("Bob", city.X, city.Y);
        Assert.Equal(30, play.Ocean.Ping(play["Bob"]), 9);
    }
}

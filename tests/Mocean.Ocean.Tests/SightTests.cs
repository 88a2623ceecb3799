namespace Mocean.Ocean.Tests;

public class SightTests
{
    [Fact]
    public void PlayersSeeAcrossTheEdge()
    {
        var sea = new Sea(whales: [(5, 450)]);
        var id = sea.Put("Nemo", 895, 450);
        var seen = Assert.Single(sea.Ocean.Look(id));
        Assert.Equal(new Sighting(SightingKind.Whale, "Anisha", 5, 450, 0), seen);
        Assert.True(sea.Ocean.Location(id).Near);
        sea.Ocean.Teleport(id, 450, 450);
        Assert.Empty(sea.Ocean.Look(id));
        Assert.False(sea.Ocean.Location(id).Near);
    }

    [Theory]
    [InlineData(0, 20, true)]
    [InlineData(0, 20.5, false)]
    [InlineData(10, 10, true)]
    [InlineData(10, 10.5, false)]
    [InlineData(15, 5, true)]
    [InlineData(15, 5.5, false)]
    [InlineData(25, 5, true)] // never under 5
    [InlineData(25, 5.5, false)]
    public void SightIsTwentyMinusDepthNeverUnderFive(double depth, double apart, bool seen)
    {
        var sea = new Sea();
        var a = sea.Put("Ann", 450, 450, depth);
        sea.Put("Bob", 450 + apart, 450, depth);
        Assert.Equal(seen ? ["Bob"] : [], sea.Ocean.Look(a).Select(s => s.Name));
    }

    [Theory]
    [InlineData(99, true)]
    [InlineData(101, false)]
    public void BinocularsSeeAHundred(double apart, bool seen)
    {
        var sea = new Sea();
        var a = sea.Put("Ann", 450, 450);
        sea.Put("Bob", 450, 450 - apart);
        Assert.Empty(sea.Ocean.Look(a));
        sea.Ocean.GiveItem("Ann", "binoculars");
        Assert.Equal(seen, sea.Ocean.Look(a).Any(s => s.Kind == SightingKind.Player && s.Name == "Bob"));
    }

    [Fact]
    public void LookListsWhalesTreasuresAndOtherPlayersWithPlaces()
    {
        var sea = new Sea(seamounts: [(460, 450, 10, 15)], whales: [(450, 440)]);
        var a = sea.Put("Ann", 450, 450);
        sea.Put("Bob", 445, 455, 5);
        Assert.Equal(
            [
                new Sighting(SightingKind.Whale, "Anisha", 450, 440, 0),
                new Sighting(SightingKind.Treasure, "fishing net", 460, 450, 15),
                new Sighting(SightingKind.Player, "Bob", 445, 455, 5),
            ],
            sea.Ocean.Look(a));
    }

    [Fact]
    public void OtherPlayersAreSeenWhereTheyHaveMovedTo()
    {
        var sea = new Sea();
        var a = sea.Put("Ann", 450, 450);
        var b = sea.Put("Bob", 400, 450);
        sea.Ocean.Accel(b, "w"); // 1 east
        sea.Wait(40);
        Assert.Equal(440, Assert.Single(sea.Ocean.Look(a)).X, 9);
    }

    [Fact]
    public void WhalesDriftSlowlyAtTheSurface()
    {
        var sea = new Sea(whales: [(450, 450)], settings: OceanRules.Default with { WhaleSpeed = 0.5 });
        sea.Wait(100);
        var whale = Assert.Single(sea.Ocean.View().Whales);
        Assert.Equal((500.0, 450.0), (whale.X, whale.Y)); // heading 0: east
        sea.Wait(1000);
        Assert.Equal(100, Assert.Single(sea.Ocean.View().Whales).X, 9); // and round the torus
    }
}

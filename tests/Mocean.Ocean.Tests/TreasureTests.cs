namespace Mocean.Ocean.Tests;

public class TreasureTests
{
    [Fact]
    public void ReachingATreasureOnTheFloorNeedsADive()
    {
        var sea = new Sea(seamounts: [(450, 450, 10, 10)]); // the peak is 20 m deep
        var id = sea.Put("Nemo", 450, 450);
        Assert.Equal(new GameReply(false, "nothing in reach: treasures lie on the sea floor at the seamount peaks"), sea.Ocean.Get(id, "treasure"));
        sea.Ocean.Dive(id, "f");
        sea.Ocean.Dive(id, "f");
        Assert.Equal(new GameReply(true, "you got the fishing net"), sea.Ocean.Get(id, "treasure")); // 10 m above it
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(5, false)]
    [InlineData(10, true)] // exactly 10 m away
    [InlineData(15, true)]
    public void ReachIsTenInThreeDimensions(double depth, bool got)
    {
        var sea = new Sea(seamounts: [(450, 450, 10, 10)]);
        var id = sea.Put("Nemo", 450, 450, depth);
        var reply = sea.Ocean.Get(id, "treasure");
        Assert.Equal(got, reply.Done);
        Assert.Equal(got ? ["air tank", "teleport crystal", "fishing net"] : ["air tank", "teleport crystal"], sea.Ocean.Inventory(id));
        if (got)
        {
            Assert.Equal("you got the fishing net", reply.Text);
        }
    }

    [Fact]
    public void ReachWorksAcrossTheEdge()
    {
        var sea = new Sea(seamounts: [(3, 450, 10, 25)]); // the peak is 5 m deep, at x = 3
        var id = sea.Put("Nemo", 895, 450); // 8 across the edge, 5 up: 9.4
        Assert.Equal("you got the fishing net", sea.Ocean.Get(id, "treasure").Text);
    }

    [Fact]
    public void TheBoatHookReachesThirtyFive()
    {
        var sea = new Sea(seamounts: [(450, 450, 10, 10)]);
        var id = sea.Put("Nemo", 450, 430); // 20 away, 20 up: 28.3
        Assert.False(sea.Ocean.Get(id, "treasure").Done);
        sea.Ocean.GiveItem("Nemo", "Boat Hook");
        Assert.True(sea.Ocean.Get(id, "treasure").Done);
    }

    [Fact]
    public void ATakenTreasureComesBackAfterTheSetTime()
    {
        var sea = new Sea(seamounts: [(450, 450, 10, 25)]);
        var id = sea.Put("Nemo", 450, 450);
        Assert.True(sea.Ocean.Get(id, "treasure").Done);
        Assert.Empty(sea.Ocean.Look(id));
        Assert.Empty(sea.Ocean.View().Treasures);
        sea.Wait(599);
        Assert.False(sea.Ocean.Get(id, "treasure").Done);
        sea.Wait(1);
        Assert.Equal("fishing net", Assert.Single(sea.Ocean.Look(id)).Name);
        Assert.True(sea.Ocean.Get(id, "treasure").Done);
    }

    [Fact]
    public void IronDustNeverRunsOut()
    {
        var sea = new Sea(seamounts: [(450, 450, 10, 25)], treasures: ["iron dust"]);
        var a = sea.Put("Ann", 450, 450);
        var b = sea.Put("Bob", 452, 450);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("you got the iron dust", sea.Ocean.Get(a, "treasure").Text);
            Assert.Equal("you got the iron dust", sea.Ocean.Get(b, "treasure").Text);
        }
        Assert.Equal(3, sea.Ocean.Inventory(a).Count(i => i == "iron dust"));
        Assert.Contains(sea.Ocean.Look(a), s => s.Kind == SightingKind.Treasure);
    }

    [Fact]
    public void TakingATreasureIsAnEvent()
    {
        var sea = new Sea(seamounts: [(450, 450, 10, 25)]);
        var id = sea.Put("Nemo", 450, 450);
        sea.Ocean.Get(id, "treasure");
        var last = sea.Ocean.Events()[^1];
        Assert.Equal((Mocean.Ocean.State.EventKind.TreasureTaken, "Nemo", "fishing net"), (last.Kind, last.Player, last.Detail));
    }

    [Theory]
    [InlineData("gold")]
    [InlineData("")]
    public void GettingSomethingElseIsABadArgument(string item)
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 450);
        Assert.Equal(OceanError.BadArgument, Assert.Throws<OceanException>(() => sea.Ocean.Get(id, item)).Error);
    }
}

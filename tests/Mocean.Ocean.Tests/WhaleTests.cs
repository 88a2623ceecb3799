using Mocean.Ocean.State;

namespace Mocean.Ocean.Tests;

public class WhaleTests
{
    private static (Sea Sea, string Id) NextToAWhale()
    {
        var sea = new Sea(whales: [(455, 450), (600, 600)]);
        return (sea, sea.Put("Nemo", 450, 450));
    }

    [Fact]
    public void BeforeTheBloomWhalesAreTooHungry()
    {
        var (sea, id) = NextToAWhale();
        Assert.Equal(new GameReply(false, "the whales are too hungry to carry you: the ocean needs feeding first"), sea.Ocean.Get(id, "whale"));
        Assert.Equal(new GameReply(false, "you are not riding a whale"), sea.Ocean.WhaleName(id));
    }

    [Fact]
    public void IronDustMakesThePlanktonBloomAndIsUsedUp()
    {
        var (sea, id) = NextToAWhale();
        sea.Ocean.GiveItem("Nemo", "iron dust");
        var reply = sea.Ocean.Use(id, "Iron Dust");
        Assert.Equal("you sprinkle the iron dust: the plankton blooms and the whales are fed: now they can be ridden", reply.Text);
        Assert.True(sea.Ocean.Bloom);
        Assert.DoesNotContain("iron dust", sea.Ocean.Inventory(id));
        Assert.Equal(EventKind.Bloom, sea.Ocean.Events()[^1].Kind);
    }

    [Fact]
    public void AfterTheBloomAWhaleIsTakenOutOfTheSeaAndUnderYou()
    {
        var (sea, id) = Bloomed();
        Assert.Equal(new GameReply(true, "you are riding Anisha"), sea.Ocean.Get(id, "whale"));
        Assert.Equal(new GameReply(true, "Anisha"), sea.Ocean.WhaleName(id));
        Assert.Empty(sea.Ocean.Look(id));
        Assert.Equal(["Stephen Jay Gould"], sea.Ocean.View().Whales.Select(w => w.Name));
        Assert.Equal("Anisha", sea.Ocean.View().Players[0].Whale);
        Assert.Equal(new GameReply(false, "you are already riding Anisha"), sea.Ocean.Get(id, "whale"));
    }

    [Fact]
    public void RidingAWhaleGoesUpToEighty()
    {
        var (sea, id) = Bloomed();
        sea.Ocean.Get(id, "whale");
        for (var i = 0; i < 20; i++)
        {
            sea.Ocean.Accel(id, "w");
        }
        Assert.Equal(80, sea.Ocean.Player(id).Speed);
        sea.Ocean.Dive(id, "f");
        for (var i = 0; i < 20; i++)
        {
            sea.Ocean.Accel(id, "w");
        }
        Assert.Equal(80, sea.Ocean.Player(id).Speed); // at any depth
    }

    [Fact]
    public void GettingOffPutsTheWhaleBackWhereYouAreAndCapsYourSpeed()
    {
        var (sea, id) = Bloomed();
        sea.Ocean.Get(id, "whale");
        for (var i = 0; i < 20; i++)
        {
            sea.Ocean.Accel(id, "w");
        }
        sea.Wait(2); // 160 east
        Assert.Equal(new GameReply(true, "you get off Anisha, who swims on"), sea.Ocean.Use(id, "whale"));
        Assert.Equal(40, sea.Ocean.Player(id).Speed);
        var whale = sea.Ocean.View().Whales.Single(w => w.Name == "Anisha");
        Assert.Equal((610.0, 450.0), (whale.X, whale.Y));
        Assert.Equal([EventKind.WhaleRidden, EventKind.WhaleLeft], sea.Ocean.Events().TakeLast(2).Select(e => e.Kind));
        Assert.Equal(new GameReply(false, "you are not riding a whale"), sea.Ocean.Use(id, "whale"));
    }

    [Fact]
    public void NoWhaleInReachIsNothingInReach()
    {
        var (sea, id) = Bloomed();
        sea.Ocean.Teleport(id, 100, 100);
        Assert.Equal(new GameReply(false, "nothing in reach: whales swim at the surface"), sea.Ocean.Get(id, "whale"));
    }

    [Fact]
    public void InTheOriginalsOrderTheWhalesAreTooHungryBeforeAnyoneLooksForOneInReach()
    {
        var sea = new Sea(whales: [(455, 450)]);
        var far = sea.Put("Nemo", 100, 100);
        var near = sea.Put("Dory", 450, 450);
        const string hungry = "the whales are too hungry to carry you: the ocean needs feeding first";

        Assert.Equal(new GameReply(false, "nothing in reach: whales swim at the surface"), sea.Ocean.Get(far, "whale"));
        Assert.Equal(new GameReply(false, hungry), sea.Ocean.Get(far, "whale", hungerFirst: true));
        Assert.Equal(new GameReply(false, hungry), sea.Ocean.Get(near, "whale", hungerFirst: true));
        sea.Ocean.GiveItem("Nemo", "iron dust");
        sea.Ocean.Use(far, "iron dust");
        Assert.Equal(new GameReply(false, "nothing in reach: whales swim at the surface"), sea.Ocean.Get(far, "whale", hungerFirst: true));
        Assert.Equal(new GameReply(true, "you are riding Anisha"), sea.Ocean.Get(near, "whale", hungerFirst: true));
    }

    [Fact]
    public void QuittingWhileRidingLetsTheWhaleGo()
    {
        var (sea, id) = Bloomed();
        sea.Ocean.Get(id, "whale");
        sea.Ocean.Quit(id);
        Assert.Equal(2, sea.Ocean.View().Whales.Count);
    }

    private static (Sea Sea, string Id) Bloomed()
    {
        var (sea, id) = NextToAWhale();
        sea.Ocean.GiveItem("Nemo", "iron dust");
        sea.Ocean.Use(id, "iron dust");
        return (sea, id);
    }
}

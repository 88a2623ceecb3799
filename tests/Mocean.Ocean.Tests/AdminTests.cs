using Mocean.Ocean.State;

namespace Mocean.Ocean.Tests;

public class AdminTests
{
    [Fact]
    public void APausedOceanStandsStill()
    {
        var sea = new Sea(seamounts: [(450, 450, 10, 25)], whales: [(300, 300)], settings: OceanRules.Default with { WhaleSpeed = 1 });
        var id = sea.Put("Nemo", 450, 450);
        sea.Ocean.Get(id, "treasure");
        sea.Ocean.Accel(id, "w");
        sea.Wait(10);
        sea.Ocean.Pause();
        Assert.True(sea.Ocean.Paused);
        sea.Wait(3600);
        Assert.Equal(460, sea.Ocean.Location(id).X, 9);
        Assert.Equal(310, sea.Ocean.View().Whales[0].X, 9);
        Assert.Empty(sea.Ocean.IdlePlayers());
        sea.Ocean.Resume();
        sea.Wait(5);
        Assert.Equal(465, sea.Ocean.Location(id).X, 9);
        sea.Ocean.Teleport(id, 450, 450);
        Assert.False(sea.Ocean.Get(id, "treasure").Done); // 10 s + 5 s of ocean time: not back yet
        sea.Wait(585);
        Assert.True(sea.Ocean.Get(id, "treasure").Done);
        Assert.Equal([EventKind.Paused, EventKind.Resumed], sea.Ocean.Events().Where(e => e.Kind is EventKind.Paused or EventKind.Resumed).Select(e => e.Kind));
    }

    [Fact]
    public void ALastAccessReadsAsTheWallClockMomentOfTheRequestAndAPauseStopsIt()
    {
        var sea = new Sea();
        var start = sea.Clock.GetUtcNow();
        var id = sea.Put("Nemo", 450, 450);
        sea.Wait(600);
        sea.Ocean.Location(id);
        Assert.Equal(start.AddMinutes(10), sea.Ocean.WallTimeOf(sea.Ocean.Roster().Single().LastAccess));

        sea.Ocean.Pause();
        sea.Wait(300);
        sea.Ocean.Location(id);
        Assert.Equal(start.AddMinutes(10), sea.Ocean.WallTimeOf(sea.Ocean.Roster().Single().LastAccess)); // the pause began then

        sea.Ocean.Resume();
        sea.Wait(60);
        sea.Ocean.Location(id);
        Assert.Equal(start.AddMinutes(16), sea.Ocean.WallTimeOf(sea.Ocean.Roster().Single().LastAccess));
    }

    [Fact]
    public void TheRosterIsNotAnAccess()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 450);
        var before = sea.Ocean.Roster().Single();
        sea.Wait(60);
        Assert.Equal(before, sea.Ocean.Roster().Single());
        Assert.Equal((id, "Nemo"), (before.Id, before.Name));
    }

    [Fact]
    public void PausingTwiceAndResumingTwiceAreHarmless()
    {
        var sea = new Sea();
        var id = sea.Put("Nemo", 450, 450);
        sea.Ocean.Accel(id, "w");
        sea.Ocean.Pause();
        sea.Wait(10);
        sea.Ocean.Pause();
        sea.Wait(10);
        sea.Ocean.Resume();
        sea.Ocean.Resume();
        sea.Wait(1);
        Assert.Equal(451, sea.Ocean.Location(id).X, 9);
    }

    [Fact]
    public void ResetWithANewSeedMakesANewEmptyWorld()
    {
        var ocean = OceanGame.Create(42, OceanRules.Default, new Sea().Clock, new Script(0.3));
        ocean.Join("a", "Nemo");
        ocean.GiveItem("Nemo", "iron dust");
        ocean.Use("a", "iron dust");
        var before = ocean.World.Floor.Seamounts;
        ocean.Reset(43);
        Assert.Equal(43UL, ocean.Seed);
        Assert.Equal(Mocean.Ocean.World.OceanWorld.Generate(43, OceanRules.Default).Floor.Seamounts, ocean.World.Floor.Seamounts);
        Assert.NotEqual(before, ocean.World.Floor.Seamounts);
        Assert.Empty(ocean.Who());
        Assert.False(ocean.Bloom);
        Assert.Equal(17, ocean.View().Whales.Count);
        Assert.Equal(12, ocean.View().Treasures.Count);
        Assert.Equal((EventKind.Reset, "43"), (ocean.Events()[^1].Kind, ocean.Events()[^1].Detail));
    }

    [Fact]
    public void RemovingAPlayerFreesTheName()
    {
        var sea = new Sea();
        sea.Ocean.Join("a", "Nemo");
        sea.Ocean.RemovePlayer("nemo");
        Assert.Empty(sea.Ocean.Who());
        Assert.Equal(OceanError.UnknownPlayer, Assert.Throws<OceanException>(() => sea.Ocean.Location("a")).Error);
        Assert.Equal(OceanError.UnknownName, Assert.Throws<OceanException>(() => sea.Ocean.RemovePlayer("Nemo")).Error);
    }

    [Fact]
    public void ABroadcastReachesEveryInboxBeforeItsMessage()
    {
        var sea = new Sea();
        var ann = sea.Put("Ann", 1, 1);
        var bob = sea.Put("Bob", 2, 2);
        sea.Ocean.SendChat(ann, "Bob", "hi");
        Assert.Equal(2, sea.Ocean.Broadcast("lunch in\n5 minutes"));
        Assert.True(sea.Ocean.Location(ann).Msg);
        Assert.Equal("the teacher says: lunch in5 minutes", sea.Ocean.PopChat(bob).Text);
        Assert.Equal("player Ann tells you: hi", sea.Ocean.PopChat(bob).Text);
        Assert.Equal("the teacher says: lunch in5 minutes", sea.Ocean.PopChat(ann).Text);
        Assert.Equal(("teacher", "everyone"), (sea.Ocean.ChatLog()[^1].From, sea.Ocean.ChatLog()[^1].To));
    }

    [Fact]
    public void EventsAreNumberedUpwardsAndBounded()
    {
        var sea = new Sea(settings: OceanRules.Default with { WhaleSpeed = 0, EventLogSize = 4 });
        for (var i = 0; i < 6; i++)
        {
            sea.Ocean.Join($"id{i}", $"P{i}");
        }
        Assert.Equal([3L, 4, 5, 6], sea.Ocean.Events().Select(e => e.Seq));
        Assert.Equal(["P4", "P5"], sea.Ocean.Events(afterSeq: 4).Select(e => e.Player));
        Assert.Equal(6, sea.Ocean.LastEventSeq);
        Assert.All(sea.Ocean.Events(), e => Assert.Equal(EventKind.Join, e.Kind));
    }

}

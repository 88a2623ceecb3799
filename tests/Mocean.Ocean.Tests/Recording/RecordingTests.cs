using System.Text.Json;
using Mocean.Ocean.Commands;
using Mocean.Ocean.Recording;
using Mocean.Ocean.Rounds;
using Mocean.Ocean.Tests.Rounds;

namespace Mocean.Ocean.Tests.Recording;

/// <summary>What the game's record keeps, and what it never keeps: a chat's text, a player's id, a sample per request.</summary>
public class RecordingTests
{
    private static Sea Recorded(out string ann, out string bob)
    {
        var sea = new Sea();
        sea.Ocean.Recording = true;
        ann = Join(sea, "ann1", "Ann");
        bob = Join(sea, "bob1", "Bob");
        return sea;
    }

    private static string Join(Sea sea, string id, string name)
    {
        Assert.Null(sea.Ocean.Execute(new Player.Join(id, name)).Refusal);
        return id;
    }

    [Fact]
    public void APlayerAtRestAddsNoTrackPointsHoweverOftenTheyAskWhereTheyAre()
    {
        var sea = Recorded(out var ann, out _);
        sea.Ocean.SampleTracks();
        var first = sea.Ocean.TakeRecord();
        Assert.Equal(["Ann", "Bob"], first.Tracks.Select(t => t.Player));
        for (var second = 0; second < 10; second++)
        {
            for (var i = 0; i < 100; i++)
            {
                sea.Ocean.Execute(new Player.Location(ann));
            }
            sea.Wait(1);
            sea.Ocean.SampleTracks();
        }
        Assert.Empty(sea.Ocean.TakeRecord().Tracks);
    }

    [Fact]
    public void AMovingPlayerIsSampledOnceASampleNotOnceARequest()
    {
        var sea = Recorded(out var ann, out _);
        sea.Ocean.SampleTracks();
        sea.Ocean.TakeRecord();
        sea.Ocean.Execute(new Player.Accel(ann, "w"));
        for (var second = 0; second < 5; second++)
        {
            sea.Wait(1);
            for (var i = 0; i < 50; i++)
            {
                sea.Ocean.Execute(new Player.Location(ann));
            }
            sea.Ocean.SampleTracks();
        }
        var tracks = sea.Ocean.TakeRecord().Tracks;
        Assert.Equal(5, tracks.Count);
        Assert.All(tracks, t => Assert.Equal("Ann", t.Player));
        Assert.All(tracks, t => Assert.Equal(1, t.Speed));
        Assert.Equal(sea.Clock.GetUtcNow(), tracks[^1].At);
        var where = sea.Ocean.Player(ann);
        Assert.Equal((where.X, where.Y, where.Z), (tracks[^1].X, tracks[^1].Y, tracks[^1].Z));
    }

    [Fact]
    public void AChatIsRecordedWithSenderAndRecipientNeverItsTextOrAnId()
    {
        var sea = Recorded(out var ann, out var bob);
        sea.Ocean.Execute(new Player.SendChat(ann, "Bob", "meet me at the trench"));
        sea.Ocean.Execute(new Player.PopChat(bob));
        sea.Ocean.SampleTracks();
        var batch = sea.Ocean.TakeRecord();
        var chat = Assert.Single(batch.Events, e => e.Kind == RecordKinds.Chat);
        Assert.Equal(("Ann", "Bob", (string?)null), (chat.Player, chat.Detail, chat.Text));
        Assert.NotNull(chat.X);
        var everything = JsonSerializer.Serialize(batch);
        Assert.DoesNotContain("trench", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(ann, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(bob, everything, StringComparison.Ordinal);
    }

    [Fact]
    public void JoinsItemsAndQuitsAreRecordedWithWhereThePlayerWas()
    {
        var sea = Recorded(out var ann, out _);
        sea.Ocean.Execute(new Teacher.Give("ann", "binoculars"));
        Assert.True(sea.Ocean.Execute(new Player.Use(ann, "binoculars")).Value!.Done);
        Assert.False(sea.Ocean.Execute(new Player.Use(ann, "boat hook")).Value!.Done);
        var at = sea.Ocean.Player(ann);
        sea.Ocean.Execute(new Player.Quit(ann));
        var events = sea.Ocean.TakeRecord().Events;
        Assert.Equal(
            ["join Ann", "join Bob", "give Ann binoculars", "item_used Ann binoculars", "quit Ann"],
            events.Select(e => $"{e.Kind} {e.Player} {e.Detail}".Trim()));
        Assert.Equal((at.X, at.Y, at.Z), (events[^1].X!.Value, events[^1].Y!.Value, events[^1].Z!.Value));
        Assert.All(events, e => Assert.Equal(0, e.Round));
    }

    [Fact]
    public void ARoundIsRecordedWithRolesTagsLinesAndVotesOnlyOnceTheMeetingIsOver()
    {
        var play = new Play(players: 5, start: false);
        play.Ocean.Recording = true;
        play.Ocean.StartRound(11, RoundSettings.Default, Play.Temperatures, ["Ann"]);
        play.Wait(12);
        play.TagNow("Bob");
        play.Ocean.Execute(new Player.Location(play["Ann"]));
        var start = play.Ocean.TakeRecord().Events;
        Assert.Equal(
            ["round_started  5", "role Ann impostor", "role Bob crew", "role Cara crew", "role Dan crew", "role Eve crew"],
            start.Take(6).Select(e => $"{e.Kind} {e.Player} {e.Detail}"));
        Assert.All(start, e => Assert.Equal(1, e.Round));

        var ids = play.Ids;
        Assert.Null(play.Ocean.Execute(new Player.Meeting(ids["Dan"])).Refusal);
        Assert.Null(play.Ocean.Execute(new Player.Say(ids["Eve"], "Ann was near Bob\u0007")).Refusal);
        Assert.Null(play.Ocean.Execute(new Player.Vote(ids["Eve"], "Ann")).Refusal);
        var during = play.Ocean.TakeRecord().Events;
        Assert.DoesNotContain(during, e => e.Kind == RecordKinds.Vote);
        var line = Assert.Single(during, e => e.Kind == RecordKinds.Line);
        Assert.Equal(("Eve", "Ann was near Bob"), (line.Player, line.Text));

        play.Wait(91);
        play.Ocean.SampleTracks();
        var after = play.Ocean.TakeRecord().Events;
        var vote = Assert.Single(after, e => e.Kind == RecordKinds.Vote);
        Assert.Equal(("Eve", "Ann"), (vote.Player, vote.Detail));
        Assert.Contains(after, e => e.Kind == RecordKinds.MeetingEnded);

        play.Ocean.Execute(new Teacher.EndRound());
        var end = Assert.Single(play.Ocean.TakeRecord().Events);
        Assert.Equal((RecordKinds.RoundEnded, 1), (end.Kind, end.Round));
    }

    [Fact]
    public void TheTaggerIsRecordedThoughTheLiveFeedNeverNamesThem()
    {
        var play = new Play(players: 5, start: false);
        play.Ocean.Recording = true;
        play.Ocean.StartRound(11, RoundSettings.Default, Play.Temperatures, ["Ann"]);
        play.Wait(12);
        var bob = play.Ocean.Player(play["Bob"]);
        play.Put("Ann", bob.X, bob.Y);
        play.Ocean.SampleTracks();
        play.Ocean.TakeRecord();
        Assert.Equal("you tagged Bob", play.Ocean.Execute(new Player.Tag(play["Ann"], "Bob")).Value);
        var events = play.Ocean.TakeRecord().Events;
        Assert.Equal(2, events.Count);
        var (tag, beacon) = (events[0], events[1]);
        Assert.Equal((RecordKinds.Tag, "Ann", "Bob", 1), (tag.Kind, tag.Player, tag.Detail, tag.Round));
        Assert.Equal((RecordKinds.Beacon, "Bob", bob.X, bob.Y, bob.Z), (beacon.Kind, beacon.Player, beacon.X!.Value, beacon.Y!.Value, beacon.Z!.Value));
        var feed = play.Ocean.Events()[^1];
        Assert.Equal((Mocean.Ocean.State.EventKind.Tagged, "Bob", (string?)null), (feed.Kind, feed.Player, feed.Detail));
    }

    [Fact]
    public void NothingIsRecordedUntilTheHostTurnsTheRecordOn()
    {
        var sea = new Sea();
        var ann = Join(sea, "ann1", "Ann");
        sea.Ocean.Execute(new Player.Accel(ann, "w"));
        sea.Wait(1);
        sea.Ocean.SampleTracks();
        Assert.True(sea.Ocean.TakeRecord().IsEmpty);
    }

    [Fact]
    public void TheRoundNumberSurvivesASnapshot()
    {
        var play = new Play(players: 5);
        var again = OceanGame.FromSnapshot(Mocean.Ocean.State.OceanSnapshot.FromJson(play.Ocean.Snapshot().ToJson()), play.Sea.Clock, new Script(0.5));
        again.Execute(new Teacher.EndRound());
        again.StartRound(12, RoundSettings.Default, [], ["Bob"]);
        Assert.Equal(2, again.RoundNumber);
    }
}

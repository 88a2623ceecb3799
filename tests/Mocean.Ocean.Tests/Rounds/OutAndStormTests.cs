using Mocean.Ocean.Rounds;

namespace Mocean.Ocean.Tests.Rounds;

public class OutAndStormTests
{
    /// <summary>Bob tagged by Ann; Cara tagged too later where asked; a beacon of Bob's beside everyone.</summary>
    private static Play WithBobOut()
    {
        var play = new Play(players: 6);
        play.Put("Ann", 450, 600);
        play.Put("Bob", 452, 600);
        play.Put("Cara", 454, 600);
        play.TagNow("Bob");
        return play;
    }

    [Fact]
    public void AnOutPlayerCannotTagReportCallAMeetingVoteOrSay()
    {
        var play = WithBobOut();
        var bob = play["Bob"];
        Assert.Equal((OceanError.RoundForbidden, "you cannot tag"), Play.Refusal(() => play.Ocean.Tag(bob, "Cara")));
        Assert.Equal((OceanError.RoundForbidden, "you are out: out players cannot report"), Play.Refusal(() => play.Ocean.Report(bob)));
        Assert.Equal((OceanError.RoundForbidden, "you are out: out players cannot call a meeting"), Play.Refusal(() => play.Ocean.CallMeeting(bob)));
        play.Ocean.Report(play["Cara"]);
        Assert.Equal((OceanError.RoundForbidden, "you are out: out players cannot vote"), Play.Refusal(() => play.Ocean.Vote(bob, "Ann")));
        Assert.Equal((OceanError.RoundForbidden, "you are out: out players cannot talk in a meeting"), Play.Refusal(() => play.Ocean.Say(bob, "it was Ann")));
        Assert.NotEmpty(play.Ocean.Hear(bob)); // but they hear
    }

    [Fact]
    public void AnOutImpostorCannotTagOrSabotage()
    {
        var play = new Play(players: 6, impostors: ["Ann", "Dan"]);
        play.Ocean.CallMeeting(play["Bob"]);
        foreach (var name in new[] { "Bob", "Cara", "Eve", "Fay", "Dan" })
        {
            play.Ocean.Vote(play[name], "Ann");
        }
        play.Ocean.Vote(play["Ann"], "skip");
        Assert.Equal(OutCause.Ejected, play.Player("Ann").Out);
        play.Wait(60);
        Assert.Equal((OceanError.RoundForbidden, "you cannot tag"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], null)));
        Assert.Equal((OceanError.RoundForbidden, "you cannot sabotage"), Play.Refusal(() => play.Ocean.Sabotage(play["Ann"], "storm")));
    }

    [Fact]
    public void AnOutPlayersChatReachesOnlyOtherOutPlayers()
    {
        var play = WithBobOut();
        Assert.Equal(
            (OceanError.RoundForbidden, "you are out: your chat reaches only other out players"),
            Play.Refusal(() => play.Ocean.SendChat(play["Bob"], "Cara", "it was Ann!")));
        play.TagNow("Cara");
        Assert.True(play.Ocean.SendChat(play["Bob"], "Cara", "it was Ann!").Done);
        Assert.True(play.Ocean.SendChat(play["Dan"], "Bob", "are you there?").Done); // the living may write to them
    }

    [Fact]
    public void AnOutPlayersTasksStillCount()
    {
        var play = WithBobOut();
        var t = play.Task("Bob", TaskKind.Measure);
        play.Put("Bob", t.X, t.Y);
        Assert.Equal($"task {t.N} done: 1 of 25 crew tasks done", play.Ocean.DoTask(play["Bob"], t.N, t.Temp).Text);
        Assert.Equal(1, play.Ocean.Round().TasksDone);
    }

    [Fact]
    public void AStormDropsEverySightToFiveForThirtySecondsBinocularsIncluded()
    {
        var play = new Play(players: 5);
        play.Ocean.GiveItem("Bob", "binoculars");
        play.Put("Ann", 100, 100);
        play.Put("Eve", 100, 120);
        play.Put("Bob", 450, 600);
        play.Put("Cara", 456, 600);
        play.Put("Dan", 520, 600);
        Assert.Equal(["Cara", "Dan"], play.Ocean.Look(play["Bob"]).Select(s => s.Name));
        Assert.Equal("a storm rises for 30 s", play.Ocean.Sabotage(play["Ann"], "storm"));
        Assert.Empty(play.Ocean.Look(play["Bob"]));
        Assert.False(play.Ocean.Location(play["Bob"]).Near);
        play.Put("Cara", 455, 600);
        Assert.Equal(["Cara"], play.Ocean.Look(play["Bob"]).Select(s => s.Name));
        play.Wait(30);
        Assert.Equal(["Cara", "Dan"], play.Ocean.Look(play["Bob"]).Select(s => s.Name));
    }

    [Fact]
    public void AStormRisesOnceEveryNinetySecondsAndOnlyForAnImpostor()
    {
        var play = new Play(players: 5);
        Assert.Equal((OceanError.RoundForbidden, "you cannot sabotage"), Play.Refusal(() => play.Ocean.Sabotage(play["Bob"], "storm")));
        Assert.Equal((OceanError.BadArgument, "kind must be storm, like sabotage?kind=storm"), Play.Refusal(() => play.Ocean.Sabotage(play["Ann"], "flood")));
        play.Ocean.Sabotage(play["Ann"], "Storm");
        play.Wait(89);
        Assert.Equal((OceanError.RoundRefused, "too soon: the next storm can rise in 1 s"), Play.Refusal(() => play.Ocean.Sabotage(play["Ann"], "storm")));
        play.Wait(1);
        Assert.Equal("a storm rises for 30 s", play.Ocean.Sabotage(play["Ann"], "storm"));
    }

    [Fact]
    public void AMeetingEndsAStorm()
    {
        var play = new Play(players: 5);
        play.Put("Ann", 100, 100);
        play.Put("Dan", 100, 120);
        play.Put("Eve", 100, 140);
        play.Put("Bob", 450, 600);
        play.Put("Cara", 460, 600);
        play.Ocean.Sabotage(play["Ann"], "storm");
        Assert.True(play.Ocean.RoundWatch(teacher: false)!.Storm);
        play.Ocean.CallMeeting(play["Bob"]);
        Assert.False(play.Ocean.RoundWatch(teacher: false)!.Storm);
        Assert.Equal(["Cara"], play.Ocean.Look(play["Bob"]).Select(s => s.Name));
    }
}

using Mocean.Ocean.Rounds;

namespace Mocean.Ocean.Tests.Rounds;

public class WinTests
{
    /// <summary>Every crew task of the round done by the engine's own rule, each player carried to each place.</summary>
    private static void DoEveryTask(Play play, string name)
    {
        foreach (var t in play.Player(name).Tasks.Where(t => !t.Done))
        {
            play.Put(name, t.X, t.Y);
            if (t.Kind is TaskKind.Find or TaskKind.Sample or TaskKind.Sonar)
            {
                if (t.Kind == TaskKind.Sonar)
                {
                    play.Put(name, t.X, t.Y, Math.Floor(t.Z / 5) * 5);
                }
                else
                {
                    play.ToFloor(name);
                }
            }
            play.Ocean.DoTask(play[name], t.N, t.Temp);
        }
    }

    [Fact]
    public void TheCrewWinsWhenEveryCrewTaskIsDoneAndTheLastTaskEndsTheRoundAtOnce()
    {
        var play = new Play(players: 4);
        DoEveryTask(play, "Bob");
        DoEveryTask(play, "Cara");
        Assert.Equal("play", play.Ocean.Round().Phase);
        DoEveryTask(play, "Dan");
        Assert.Equal("over,0,15,15,4,0\nwinner: crew", play.Ocean.Round().Text);
        Assert.Equal([new RoleLine("Ann", "impostor", false), new RoleLine("Bob", "crew", false), new RoleLine("Cara", "crew", false), new RoleLine("Dan", "crew", false)], play.Ocean.Roles());
        Assert.Equal((OceanError.RoundRefused, RoundGuard.RoundOver), Play.Refusal(() => play.Ocean.Tag(play["Ann"], null)));
    }

    [Fact]
    public void TheCrewWinsWhenEveryImpostorIsOut()
    {
        var play = new Play(players: 6);
        play.Ocean.CallMeeting(play["Bob"]);
        foreach (var name in new[] { "Bob", "Cara", "Dan", "Eve", "Fay", "Ann" })
        {
            play.Ocean.Vote(play[name], "Ann");
        }
        Assert.Equal("over,0,0,25,5,1\nwinner: crew", play.Ocean.Round().Text);
    }

    [Fact]
    public void AnImpostorWhoQuitsIsOutAndTheCrewMayWinByIt()
    {
        var play = new Play(players: 6, impostors: ["Ann", "Dan"]);
        play.Ocean.Quit(play["Ann"]);
        Assert.Equal(OutCause.Quit, play.Player("Ann").Out);
        Assert.Equal("play,900,0,20,6,0", play.Ocean.Round().Text); // before the end, like any player who quit
        play.Ocean.Quit(play["Dan"]);
        Assert.Equal("over,0,0,20,4,2\nwinner: crew", play.Ocean.Round().Text);
    }

    [Fact]
    public void TheImpostorsWinWhenAsManyAsTheLivingCrewAndTheDecidingTagEndsTheRound()
    {
        var play = new Play(players: 5, impostors: ["Ann", "Bob"]); // 2 impostors, 3 crew
        play.TagNow("Cara");
        Assert.Equal("over,0,0,15,4,1\nwinner: impostors", play.Ocean.Round().Text);
    }

    [Fact]
    public void EveryImpostorOutIsCheckedBeforeTheImpostorsNumbers()
    {
        // Not reachable by play (the impostors' numbers end a round first), so asked of the rule itself.
        var play = new Play(players: 4);
        var everyoneOut = play.Round with { Players = [.. play.Round.Players.Select(p => p with { Out = OutCause.Tagged })] };
        Assert.Equal(Side.Crew, RoundClock.CheckWin(everyoneOut, play.Ocean.OceanNow).Winner);
        var crewOut = play.Round with { Players = [.. play.Round.Players.Select(p => p.IsImpostor ? p : p with { Out = OutCause.Tagged })] };
        Assert.Equal(Side.Impostors, RoundClock.CheckWin(crewOut, play.Ocean.OceanNow).Winner);
        Assert.Null(RoundClock.CheckWin(play.Round, play.Ocean.OceanNow).Winner);
    }

    [Fact]
    public void TheImpostorsWinWhenTheTimeRunsOutAndMeetingsDoNotCount()
    {
        var play = new Play(players: 5);
        play.Wait(600);
        play.Ocean.CallMeeting(play["Bob"]);
        play.Wait(90);
        Assert.Equal("play,300,0,20,5,0", play.Ocean.Round().Text);
        play.Wait(299);
        Assert.Equal("play,1,0,20,5,0", play.Ocean.Round().Text);
        play.Wait(1);
        Assert.Equal("over,0,0,20,5,0\nwinner: impostors", play.Ocean.Round().Text);
    }

    [Fact]
    public void TheRoundsTimeStandsStillWhileTheOceanIsPaused()
    {
        var play = new Play(players: 5);
        play.Wait(100);
        play.Ocean.Pause();
        play.Wait(1000);
        play.Ocean.Resume();
        Assert.Equal("play,800,0,20,5,0", play.Ocean.Round().Text);
    }
}

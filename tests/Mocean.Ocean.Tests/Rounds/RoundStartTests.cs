using Mocean.Ocean.Rounds;

namespace Mocean.Ocean.Tests.Rounds;

public class RoundStartTests
{
    [Fact]
    public void WithoutARoundTheRoundLineSaysNoneAndCountsThePlayers()
    {
        var play = new Play(players: 3, start: false);
        Assert.Equal("none,0,0,0,3,0", play.Ocean.Round().Text);
        Assert.Equal("none", play.Ocean.Role(play["Ann"]).Text);
        Assert.Null(play.Ocean.RoundWatch(teacher: true));
        Assert.Equal((OceanError.RoundRefused, RoundGuard.NoRound), Play.Refusal(() => play.Ocean.Tasks(play["Ann"])));
        Assert.Equal((OceanError.RoundRefused, RoundGuard.NoRound), Play.Refusal(() => play.Ocean.Tag(play["Ann"], null)));
        Assert.Equal((OceanError.RoundRefused, RoundGuard.NoRound), Play.Refusal(() => play.Ocean.Roles()));
        Assert.Equal((OceanError.RoundRefused, RoundGuard.NoRound), Play.Refusal(() => play.Ocean.EndRound()));
    }

    [Fact]
    public void ARoundNeedsFourPlayers()
    {
        var play = new Play(players: 3, start: false);
        Assert.Equal(
            (OceanError.RoundRefused, "a round needs at least 4 players: 3 in this ocean"),
            Play.Refusal(() => play.Ocean.StartRound(1, RoundSettings.Default, [])));
        play.Sea.Put("Dan", 1, 1);
        Assert.Equal("play,900,0,15,4,0", play.Ocean.StartRound(1, RoundSettings.Default, Play.Temperatures).Text);
    }

    [Theory]
    [InlineData(4, null, 1)]
    [InlineData(9, null, 1)]
    [InlineData(10, null, 2)]
    [InlineData(19, null, 2)]
    [InlineData(20, null, 3)]
    [InlineData(25, null, 3)]
    [InlineData(9, 2, 2)]
    [InlineData(4, 1, 1)]
    public void ImpostorsAreOneToNineOneTenToNineteenTwoThenThree(int players, int? setting, int impostors)
    {
        var sea = new Sea();
        for (var i = 0; i < players; i++)
        {
            sea.Put($"P{i}", 100, 100);
        }
        sea.Ocean.StartRound(5, RoundSettings.Default with { Impostors = setting }, []);
        Assert.Equal(impostors, sea.Ocean.RoundState!.Players.Count(p => p.IsImpostor));
        Assert.Equal(impostors, sea.Ocean.TeacherRoles().Count(r => r.Role == "impostor"));
    }

    [Fact]
    public void TooManyImpostorsForThePlayersIsRefused()
    {
        var play = new Play(players: 4, start: false);
        Assert.Equal(
            (OceanError.RoundRefused, "2 impostors need more than 4 players: 4 in this ocean"),
            Play.Refusal(() => play.Ocean.StartRound(1, RoundSettings.Default with { Impostors = 2 }, [])));
    }

    [Fact]
    public void UnplayableSettingsAreABadArgument()
    {
        var play = new Play(players: 4, start: false);
        var e = Assert.Throws<OceanException>(() => play.Ocean.StartRound(1, RoundSettings.Default with { Tasks = 0 }, []));
        Assert.Equal(OceanError.BadArgument, e.Error);
        Assert.Contains("tasks must be 1 to 50", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPlayerIsMovedToTheSurfaceAndStopped()
    {
        var play = new Play(players: 4, start: false);
        play.Put("Bob", 450, 600, 20);
        play.Ocean.Accel(play["Ann"], "w");
        play.Ocean.StartRound(3, RoundSettings.Default, []);
        foreach (var id in play.Ids.Values)
        {
            var p = play.Ocean.Player(id);
            Assert.Equal((0.0, 0.0), (p.Z, p.Speed));
        }
        Assert.Equal(4, play.Ocean.Roster().Select(p => (p.X, p.Y)).Distinct().Count());
    }

    [Fact]
    public void TheSameSeedAndJoinOrderGiveTheSameRound()
    {
        RoundState Start(ulong seed)
        {
            var sea = new Sea();
            foreach (var name in Play.Names)
            {
                sea.Put(name, 100, 100);
            }
            sea.Ocean.StartRound(seed, RoundSettings.Default, Play.Temperatures);
            return sea.Ocean.RoundState! with { PhaseSince = default, StormUntil = default, NextStormAt = default };
        }
        static string Deal(RoundState r) => string.Join(";", r.Players.Select(p => $"{p.Name}:{p.Role}:{string.Join("|", p.Tasks)}")) + r.City;
        Assert.Equal(Deal(Start(77)), Deal(Start(77)));
        Assert.NotEqual(Deal(Start(77)), Deal(Start(78)));
    }

    [Fact]
    public void TheScatterComesFromTheRoundSeed()
    {
        IEnumerable<(double, double)> Scatter(ulong seed)
        {
            var play = new Play(players: 6, seed: seed);
            return play.Ocean.Roster().Select(p => (p.X, p.Y));
        }
        Assert.Equal(Scatter(9), Scatter(9));
        Assert.NotEqual(Scatter(9), Scatter(10));
    }

    [Fact]
    public void ARoundOnCannotBeStartedAgainButOneOverCan()
    {
        var play = new Play(players: 4);
        Assert.Equal(
            (OceanError.RoundRefused, "a round is on in this ocean: end it first (POST /admin/round/end)"),
            Play.Refusal(() => play.Ocean.StartRound(2, RoundSettings.Default, [])));
        play.Ocean.Quit(play["Ann"]); // the only impostor leaves: the crew wins
        Assert.Equal("over", play.Ocean.Round().Phase);
        play.Sea.Put("Ann", 1, 1);
        Assert.Equal("play", play.Ocean.StartRound(2, RoundSettings.Default, []).Phase);
    }

    [Fact]
    public void SkipIsAVoteNotANameWhileARoundExists()
    {
        var play = new Play(players: 4, start: false);
        play.Sea.Put("Skip", 1, 1);
        Assert.Equal(
            (OceanError.RoundRefused, "a player is named Skip, which is a vote in a round: remove them first"),
            Play.Refusal(() => play.Ocean.StartRound(1, RoundSettings.Default, [])));
        play.Ocean.RemovePlayer("Skip");
        play.Ocean.StartRound(1, RoundSettings.Default, []);
        Assert.Equal(OceanError.NameInvalid, Assert.Throws<OceanException>(() => play.Ocean.Join("idskip", "skip")).Error);
        play.Ocean.EndRound();
        play.Ocean.Join("idskip", "skip"); // the sandbox as before
    }

    [Fact]
    public void PlayersRidingWhalesGetOffAtTheStart()
    {
        var play = new Play(players: 4, start: false, sea: new Sea(whales: [(300, 300)]));
        play.Ocean.GiveItem("Bob", "iron dust");
        play.Ocean.Use(play["Bob"], "iron dust");
        play.Put("Bob", 300, 300);
        Assert.True(play.Ocean.Get(play["Bob"], "whale").Done);
        play.Ocean.StartRound(1, RoundSettings.Default, []);
        Assert.Null(play.Ocean.Player(play["Bob"]).Whale);
        Assert.Single(play.Ocean.View().Whales);
    }
}

using Mocean.Ocean.Rounds;

namespace Mocean.Ocean.Tests.Rounds;

public class VoteTests
{
    /// <summary>Six players (Ann and Dan impostors unless said), a meeting called by Bob, these votes (voter:choice), then the meeting's time run out.</summary>
    private static Play Meeting(string votes, string[]? impostors = null, bool confirm = true)
    {
        var play = new Play(players: 7, impostors: impostors ?? ["Ann", "Dan"], settings: RoundSettings.Default with { ConfirmEjects = confirm });
        play.Ocean.CallMeeting(play["Bob"]);
        foreach (var vote in votes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = vote.Split(':');
            Assert.Equal("you voted", play.Ocean.Vote(play[parts[0]], parts[1]));
        }
        play.Wait(90);
        return play;
    }

    [Theory]
    [InlineData("Bob:Ann Cara:Ann Eve:Dan", "Ann was ejected: Ann was an impostor")]
    [InlineData("Bob:Cara Ann:Cara Dan:skip", "Cara was ejected: Cara was not an impostor")]
    [InlineData("Bob:Ann Cara:Dan", "no one was ejected")] // a tie
    [InlineData("Bob:Ann Cara:Ann Eve:Dan Fay:Dan", "no one was ejected")] // a tie of two each
    [InlineData("Bob:Ann Cara:skip", "no one was ejected")] // a tie with skip
    [InlineData("Bob:Ann Cara:skip Eve:skip", "no one was ejected")] // skip wins
    [InlineData("Bob:skip Cara:skip Eve:Dan Fay:Dan Gus:Dan", "Dan was ejected: Dan was an impostor")] // more than skip
    [InlineData("", "no one was ejected")] // no votes
    [InlineData("Bob:ann", "Ann was ejected: Ann was an impostor")] // names in any case
    public void APlayerWithStrictlyMoreVotesThanAnyOtherAndThanSkipIsEjected(string votes, string result)
    {
        var play = Meeting(votes);
        Assert.Equal(result, play.Ocean.Hear(play["Bob"])[^1].Text);
        Assert.Equal(result, play.Round.Meeting!.Result);
        var ejected = play.Round.Meeting.Ejected;
        Assert.Equal(result.StartsWith("no one", StringComparison.Ordinal), ejected is null);
        if (ejected is not null)
        {
            Assert.Equal(OutCause.Ejected, play.Player(ejected).Out);
            Assert.Empty(play.Round.Beacons); // an ejection leaves no beacon
        }
    }

    [Fact]
    public void WithoutConfirmEjectsTheLineDoesNotSayTheRole()
    {
        var play = Meeting("Bob:Ann Cara:Ann", confirm: false);
        Assert.Equal("Ann was ejected", play.Round.Meeting!.Result);
    }

    [Fact]
    public void EachVotesOnceForALivingPlayerOrSkip()
    {
        var play = new Play(players: 6);
        Assert.Equal((OceanError.RoundRefused, "no meeting is on: call one with meeting, or report a beacon"), Play.Refusal(() => play.Ocean.Vote(play["Bob"], "Ann")));
        play.Put("Cara", 450, 600);
        play.TagNow("Cara");
        play.Put("Bob", 455, 600);
        play.Ocean.Report(play["Bob"]);
        Assert.Equal("you voted", play.Ocean.Vote(play["Bob"], "SKIP"));
        Assert.Equal((OceanError.RoundRefused, "you have voted in this meeting: one vote each"), Play.Refusal(() => play.Ocean.Vote(play["Bob"], "Ann")));
        Assert.Equal((OceanError.RoundRefused, "Cara is out: vote for a living player, or name=skip"), Play.Refusal(() => play.Ocean.Vote(play["Dan"], "Cara")));
        Assert.Equal((OceanError.UnknownName, "no player of the round has this name: vote for a player, or name=skip"), Play.Refusal(() => play.Ocean.Vote(play["Dan"], "Zed")));
    }

    [Fact]
    public void TheLastVoteEndsTheMeetingAtOnce()
    {
        var play = new Play(players: 5);
        play.Ocean.CallMeeting(play["Bob"]);
        foreach (var name in new[] { "Bob", "Cara", "Dan", "Eve" })
        {
            play.Ocean.Vote(play[name], "Cara");
        }
        Assert.Equal("meeting", play.Ocean.Round().Phase);
        Assert.Equal([new VoteCount("Cara", 4)], play.Ocean.RoundWatch(teacher: false)!.Meeting!.Votes.ToArray());
        play.Ocean.Vote(play["Ann"], "Cara");
        Assert.Equal("play,900,0,20,4,1", play.Ocean.Round().Text);
        Assert.Equal("Cara was ejected: Cara was not an impostor", play.Ocean.Hear(play["Ann"])[^1].Text);
    }

    [Fact]
    public void APlayerWhoLeavesDuringAMeetingIsNotWaitedFor()
    {
        var play = new Play(players: 6);
        play.Ocean.CallMeeting(play["Bob"]);
        foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan" })
        {
            play.Ocean.Vote(play[name], "skip");
        }
        play.Ocean.Quit(play["Eve"]);
        Assert.Equal("meeting", play.Ocean.Round().Phase);
        play.Ocean.Quit(play["Fay"]);
        Assert.Equal("play", play.Ocean.Round().Phase);
    }
}

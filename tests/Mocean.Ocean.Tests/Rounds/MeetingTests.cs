using Mocean.Ocean.Rounds;

namespace Mocean.Ocean.Tests.Rounds;

public class MeetingTests
{
    [Fact]
    public void AMeetingIsCalledOncePerPlayerAndNotWithinTwentySecondsOfTheLast()
    {
        var play = new Play(players: 5);
        Assert.Equal("you called a meeting: 90 s to talk and vote", play.Ocean.CallMeeting(play["Bob"]));
        Assert.Equal("meeting,90,0,20,5,0", play.Ocean.Round().Text);
        Assert.Equal((OceanError.RoundRefused, RoundGuard.MeetingOn), Play.Refusal(() => play.Ocean.CallMeeting(play["Cara"])));
        play.Wait(90);
        Assert.Equal("play,900,0,20,5,0", play.Ocean.Round().Text); // the round's clock stood still
        play.Wait(15);
        Assert.Equal((OceanError.RoundRefused, "the last meeting ended moments ago: you can call one in 5 s"), Play.Refusal(() => play.Ocean.CallMeeting(play["Cara"])));
        play.Wait(5);
        Assert.Equal((OceanError.RoundRefused, "you have called your one meeting of this round: report a beacon to call another"), Play.Refusal(() => play.Ocean.CallMeeting(play["Bob"])));
        Assert.Equal("you called a meeting: 90 s to talk and vote", play.Ocean.CallMeeting(play["Cara"]));
    }

    [Fact]
    public void AReportNeedsABeaconInSightAndRemovesIt()
    {
        var play = new Play(players: 6);
        play.Put("Bob", 450, 600);
        play.TagNow("Bob");
        play.Put("Cara", 480, 600);
        Assert.Equal((OceanError.RoundRefused, "no beacon in sight: report works when a beacon is within your sight (20 m now)"), Play.Refusal(() => play.Ocean.Report(play["Cara"])));
        play.Put("Cara", 465, 600);
        Assert.Equal("you reported Bob's beacon: a meeting starts", play.Ocean.Report(play["Cara"]));
        Assert.Empty(play.Round.Beacons);
        Assert.Equal([new MeetingLine(1, null, "Cara reported Bob's beacon")], play.Ocean.Hear(play["Dan"]));
    }

    [Theory]
    [InlineData("accel")]
    [InlineData("stop")]
    [InlineData("dive")]
    [InlineData("teleport")]
    [InlineData("get whale")]
    [InlineData("use whale")]
    [InlineData("task")]
    [InlineData("tag")]
    [InlineData("sabotage")]
    [InlineData("meeting")]
    [InlineData("report")]
    [InlineData("sendchat")]
    public void DuringAMeetingMotionAndActionsAreRefused(string route)
    {
        var play = new Play(players: 5);
        play.Wait(30);
        play.Ocean.CallMeeting(play["Bob"]);
        var id = play[route is "tag" or "sabotage" ? "Ann" : "Cara"];
        Action act = route switch
        {
            "accel" => () => play.Ocean.Accel(id, "w"),
            "stop" => () => play.Ocean.Stop(id),
            "dive" => () => play.Ocean.Dive(id, "f"),
            "teleport" => () => play.Ocean.Teleport(id, 1, 1),
            "get whale" => () => play.Ocean.Get(id, "whale"),
            "use whale" => () => play.Ocean.Use(id, "whale"),
            "task" => () => play.Ocean.DoTask(id, 1, null),
            "tag" => () => play.Ocean.Tag(id, null),
            "sabotage" => () => play.Ocean.Sabotage(id, "storm"),
            "meeting" => () => play.Ocean.CallMeeting(id),
            "report" => () => play.Ocean.Report(id),
            _ => () => play.Ocean.SendChat(id, "Dan", "hi"),
        };
        Assert.Equal((OceanError.RoundRefused, RoundGuard.MeetingOn), Play.Refusal(act));
    }

    [Fact]
    public void MotionStandsStillDuringAMeetingAndGoesOnAfter()
    {
        var play = new Play(players: 5);
        play.Put("Cara", 450, 600);
        play.Ocean.Accel(play["Cara"], "w"); // 1 unit/s east
        play.Wait(10);
        play.Ocean.CallMeeting(play["Bob"]);
        play.Wait(60);
        Assert.Equal(460, play.Ocean.Location(play["Cara"]).X, 9);
        Assert.Equal(460, play.Ocean.View().Players.Single(p => p.Name == "Cara").X, 9);
        play.Wait(30); // the meeting's time is up
        play.Wait(5);
        Assert.Equal(465, play.Ocean.Location(play["Cara"]).X, 9);
    }

    [Fact]
    public void LivingPlayersSayLinesAtMostOnceEveryThreeSecondsAndEveryoneHearsThem()
    {
        var play = new Play(players: 5, sea: new Sea(blocked: new Chat.BlockedWords(["poop"])));
        Assert.Equal((OceanError.RoundRefused, "no meeting is on: call one with meeting, or report a beacon"), Play.Refusal(() => play.Ocean.Say(play["Bob"], "hi")));
        play.Ocean.CallMeeting(play["Bob"]);
        Assert.Equal("said", play.Ocean.Say(play["Cara"], "  I saw\tAnn near poop rock "));
        Assert.Equal((OceanError.RoundRefused, "one line at a time: say again in 3 s"), Play.Refusal(() => play.Ocean.Say(play["Cara"], "again")));
        Assert.Equal("said", play.Ocean.Say(play["Ann"], "not me"));
        play.Wait(3);
        Assert.Equal("said", play.Ocean.Say(play["Cara"], "again"));
        Assert.Equal(OceanError.BadArgument, Play.Refusal(() => play.Ocean.Say(play["Dan"], " \t ")).Error);
        Assert.Equal(OceanError.BadArgument, Play.Refusal(() => play.Ocean.Say(play["Dan"], new string('x', 201))).Error);
        Assert.Equal(
            [new MeetingLine(2, "Cara", "I sawAnn near **** rock"), new MeetingLine(3, "Ann", "not me"), new MeetingLine(4, "Cara", "again")],
            play.Ocean.Hear(play["Eve"], after: 1));
        Assert.Equal([new MeetingLine(4, "Cara", "again")], play.Ocean.Hear(play["Eve"], after: 3));
    }

    [Fact]
    public void ThoseWhoJoinDuringAMeetingTalkButVoteInTheNext()
    {
        var play = new Play(players: 5);
        play.Ocean.CallMeeting(play["Bob"]);
        var fay = "idfay";
        play.Ocean.Join(fay, "Fay");
        Assert.Equal((OceanError.RoundRefused, "you came after this meeting began: you vote in the next one"), Play.Refusal(() => play.Ocean.Vote(fay, "skip")));
        Assert.Equal("said", play.Ocean.Say(fay, "hello, what did I miss"));
        foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan", "Eve" })
        {
            play.Ocean.Vote(play[name], "skip");
        }
        Assert.Equal("play", play.Ocean.Round().Phase); // the five voters were enough
    }

    [Fact]
    public void TheLineNumbersGoOnFromMeetingToMeeting()
    {
        var play = new Play(players: 5);
        play.Ocean.CallMeeting(play["Bob"]);
        play.Ocean.Say(play["Cara"], "hmm");
        play.Wait(90);
        Assert.Equal([new MeetingLine(3, null, "no one was ejected")], play.Ocean.Hear(play["Cara"], after: 2));
        play.Wait(20);
        play.Ocean.CallMeeting(play["Cara"]);
        Assert.Equal([new MeetingLine(4, null, "Cara called a meeting")], play.Ocean.Hear(play["Cara"], after: 3));
        Assert.Equal([new MeetingLine(4, null, "Cara called a meeting")], play.Ocean.Hear(play["Cara"]));
    }
}

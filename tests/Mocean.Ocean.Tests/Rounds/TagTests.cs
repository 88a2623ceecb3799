using Mocean.Ocean.Rounds;

namespace Mocean.Ocean.Tests.Rounds;

public class TagTests
{
    [Fact]
    public void AnImpostorTagsTenSecondsAfterTheStartThenEveryThirty()
    {
        var play = new Play(players: 6);
        play.Put("Ann", 450, 600);
        play.Put("Bob", 455, 600);
        play.Put("Cara", 445, 600);
        Assert.Equal((OceanError.RoundRefused, "too soon: you can tag in 10 s"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], "Bob")));
        play.Wait(9.5);
        Assert.Equal((OceanError.RoundRefused, "too soon: you can tag in 1 s"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], "Bob")));
        play.Wait(0.5);
        Assert.Equal("you tagged Bob", play.Ocean.Tag(play["Ann"], "Bob"));
        play.Wait(29);
        Assert.Equal((OceanError.RoundRefused, "too soon: you can tag in 1 s"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], "Cara")));
        play.Wait(1);
        Assert.Equal("you tagged Cara", play.Ocean.Tag(play["Ann"], "Cara"));
    }

    [Fact]
    public void TheEndOfAMeetingRestartsTheCount()
    {
        var play = new Play(players: 5);
        play.Wait(40);
        play.Ocean.CallMeeting(play["Bob"]);
        play.Wait(90);
        play.Put("Ann", 450, 600);
        play.Put("Cara", 452, 600);
        Assert.Equal((OceanError.RoundRefused, "too soon: you can tag in 30 s"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], "Cara")));
        play.Wait(30);
        Assert.Equal("you tagged Cara", play.Ocean.Tag(play["Ann"], null));
    }

    [Theory]
    [InlineData(10, 0, true)]
    [InlineData(10.5, 0, false)]
    [InlineData(0, 10, true)] // straight below, 10 down
    [InlineData(8, 10, false)] // 8 across and 10 down: 12.8
    public void ATagReachesTenInThreeD(double across, double depth, bool tagged)
    {
        var play = new Play(players: 5);
        play.Wait(10);
        play.Put("Ann", 450, 600);
        play.Put("Bob", 450 + across, 600, depth);
        if (tagged)
        {
            Assert.Equal("you tagged Bob", play.Ocean.Tag(play["Ann"], "Bob"));
        }
        else
        {
            var (error, line) = Play.Refusal(() => play.Ocean.Tag(play["Ann"], "Bob"));
            Assert.Equal(OceanError.RoundRefused, error);
            Assert.Matches("^Bob is out of reach: [0-9.]+ m away, a tag reaches 10 m$", line);
        }
    }

    [Fact]
    public void TheBoatHookDoesNotExtendATag()
    {
        var play = new Play(players: 5);
        play.Wait(10);
        play.Ocean.GiveItem("Ann", "boat hook");
        play.Put("Ann", 450, 600);
        play.Put("Bob", 470, 600);
        Assert.Equal((OceanError.RoundRefused, "Bob is out of reach: 20 m away, a tag reaches 10 m"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], "Bob")));
    }

    [Fact]
    public void WithoutANameTheNearestLivingCrewmateInReachIsTagged()
    {
        var play = new Play(players: 8, impostors: ["Ann", "Dan"]);
        play.Wait(10);
        play.Put("Fay", 100, 100);
        play.Put("Gus", 100, 120);
        play.Put("Hal", 100, 140);
        play.Put("Ann", 450, 600);
        play.Put("Dan", 451, 600); // the nearest, but an impostor
        play.Put("Bob", 458, 600);
        play.Put("Cara", 455, 600);
        play.Put("Eve", 470, 600); // out of reach
        Assert.Equal("you tagged Cara", play.Ocean.Tag(play["Ann"], null));
        play.Wait(30);
        Assert.Equal("you tagged Bob", play.Ocean.Tag(play["Ann"], null)); // Cara is out now
        play.Wait(30);
        Assert.Equal((OceanError.RoundRefused, "no crewmate in reach: a tag reaches 10 m"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], null)));
    }

    [Fact]
    public void TaggingAFellowImpostorIsRefused()
    {
        var play = new Play(players: 6, impostors: ["Ann", "Dan"]);
        play.Wait(10);
        play.Put("Ann", 450, 600);
        play.Put("Dan", 451, 600);
        Assert.Equal((OceanError.RoundRefused, "Dan is an impostor too"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], "Dan")));
        Assert.Equal((OceanError.RoundRefused, "you cannot tag yourself: name a crewmate, or leave name out for the nearest"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], "ann")));
        Assert.Equal((OceanError.UnknownName, "no player of the round has this name: who lists the players"), Play.Refusal(() => play.Ocean.Tag(play["Ann"], "Zed")));
    }

    [Theory]
    [InlineData("Ann")] // the impostor
    [InlineData("Cara")] // a crewmate
    [InlineData("Zed")] // no one
    [InlineData(null)]
    public void ACrewmatesTagIsRefusedSayingOnlyThatTheyCannotTag(string? target)
    {
        var play = new Play(players: 5);
        play.Wait(10);
        play.Put("Ann", 450, 600);
        play.Put("Bob", 451, 600);
        play.Put("Cara", 452, 600);
        Assert.Equal((OceanError.RoundForbidden, "you cannot tag"), Play.Refusal(() => play.Ocean.Tag(play["Bob"], target)));
    }

    [Fact]
    public void ATaggedCrewmateIsOutAndLeavesABeaconWhereTheyWere()
    {
        var play = new Play(players: 5);
        play.Wait(10);
        play.Put("Ann", 450, 600, 10);
        play.Put("Bob", 455, 600, 10);
        play.Ocean.Tag(play["Ann"], "Bob");
        Assert.Equal("crew,out", play.Ocean.Role(play["Bob"]).Text);
        Assert.Equal(OutCause.Tagged, play.Player("Bob").Out);
        Assert.Equal([new Beacon("Bob", 455, 600, 10)], play.Round.Beacons);
        Assert.Equal("play,890,0,20,4,1", play.Ocean.Round().Text);
        play.Put("Cara", 460, 600);
        Assert.Contains(new Sighting(SightingKind.Beacon, "Bob", 455, 600, 10), play.Ocean.Look(play["Cara"]));
        Assert.Equal((OceanError.RoundRefused, "Bob is already out"), Play.Refusal(() => { play.Wait(30); play.Ocean.Tag(play["Ann"], "Bob"); }));
    }
}

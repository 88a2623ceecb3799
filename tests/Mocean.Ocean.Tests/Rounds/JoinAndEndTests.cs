using Mocean.Ocean.Rounds;

namespace Mocean.Ocean.Tests.Rounds;

public class JoinAndEndTests
{
    [Fact]
    public void APlayerWhoJoinsDuringARoundIsCrewWithAFullSetOfTasks()
    {
        var play = new Play(players: 4);
        var fay = play.Sea.Put("Fay", 300, 300);
        Assert.Equal("crew,alive", play.Ocean.Role(fay).Text);
        Assert.Equal(["find", "sonar", "sample", "measure", "sonar"], play.Ocean.Tasks(fay).Select(t => t.Kind));
        Assert.Equal("play,900,0,20,5,0", play.Ocean.Round().Text);
    }

    [Fact]
    public void LateJoinersAreDealtFromTheRoundSeedInJoinOrder()
    {
        IReadOnlyList<RoundTask> Late()
        {
            var play = new Play(players: 4, seed: 31);
            play.Sea.Put("Fay", 300, 300);
            return play.Player("Fay").Tasks;
        }
        Assert.Equal(Late(), Late());
    }

    [Fact]
    public void ANameThatQuitsAndJoinsAgainGetsItsRoundStateBack()
    {
        var play = new Play(players: 6, impostors: ["Ann", "Dan"]);
        play.TagNow("Bob");
        var t = play.Task("Bob", TaskKind.Measure);
        play.Put("Bob", t.X, t.Y);
        play.Ocean.DoTask(play["Bob"], t.N, t.Temp);
        var tasks = play.Ocean.Tasks(play["Bob"]);
        play.Ocean.Quit(play["Bob"]);
        play.Ocean.Quit(play["Dan"]);
        var bob = play.Sea.Put("bob", 10, 10);
        var dan = play.Sea.Put("Dan", 10, 10);
        Assert.Equal("crew,out", play.Ocean.Role(bob).Text);
        Assert.Equal(tasks, play.Ocean.Tasks(bob));
        Assert.Equal("impostor,out,Ann", play.Ocean.Role(dan).Text); // an impostor who quit is out
        Assert.Equal("play,890,1,20,5,1", play.Ocean.Round().Text); // to everyone else, out only by the tag
    }

    [Fact]
    public void ImpostorsKnowEachOtherAndCrewKnowOnlyThemselves()
    {
        var play = new Play(players: 10, impostors: ["Cara", "Ann"]);
        Assert.Equal("impostor,alive,Cara", play.Ocean.Role(play["Ann"]).Text);
        Assert.Equal("impostor,alive,Ann", play.Ocean.Role(play["Cara"]).Text);
        Assert.Equal("crew,alive", play.Ocean.Role(play["Bob"]).Text);
    }

    [Fact]
    public void RolesArePublicOnlyOnceTheRoundIsOverButTheTeacherSeesThemAlways()
    {
        var play = new Play(players: 4);
        Assert.Equal((OceanError.RoundRefused, "roles are shown when the round is over: round says when"), Play.Refusal(() => play.Ocean.Roles()));
        Assert.Equal("Ann,impostor", play.Ocean.TeacherRoles()[0].Text);
        Assert.Equal(11UL, play.Ocean.RoundWatch(teacher: true)!.Seed);
        Assert.Null(play.Ocean.RoundWatch(teacher: false)!.Seed);
        Assert.Empty(play.Ocean.RoundWatch(teacher: false)!.Roles);
        play.Ocean.Quit(play["Ann"]);
        Assert.Equal(["Ann,impostor", "Bob,crew", "Cara,crew", "Dan,crew"], play.Ocean.Roles().Select(r => r.Text));
        Assert.Equal(11UL, play.Ocean.RoundWatch(teacher: false)!.Seed);
    }

    [Fact]
    public void JoiningWhenTheRoundIsOverIsNotJoiningTheRound()
    {
        var play = new Play(players: 4);
        play.Ocean.Quit(play["Ann"]);
        var fay = play.Sea.Put("Fay", 1, 1);
        Assert.Equal("none", play.Ocean.Role(fay).Text);
        Assert.Equal((OceanError.RoundRefused, "you are not in this round: you join the next one"), Play.Refusal(() => play.Ocean.Tasks(fay)));
    }

    [Fact]
    public void TheTeacherEndingTheRoundReturnsTheOceanToTheSandbox()
    {
        var play = new Play(players: 5);
        play.Put("Bob", 450, 600);
        play.TagNow("Bob");
        play.Ocean.EndRound();
        Assert.False(play.Ocean.HasRound);
        Assert.Equal("none,0,0,0,5,0", play.Ocean.Round().Text);
        Assert.Equal("none", play.Ocean.Role(play["Ann"]).Text);
        Assert.DoesNotContain(play.Ocean.Look(play["Ann"]), s => s.Kind == SightingKind.Beacon);
        Assert.True(play.Ocean.SendChat(play["Bob"], "Cara", "free again").Done);
        Assert.Equal([EventKindOf("RoundStarted"), EventKindOf("Tagged"), EventKindOf("RoundEnded")],
            play.Ocean.Events().Select(e => e.Kind).Where(k => k.ToString().StartsWith("Round", StringComparison.Ordinal) || k.ToString() == "Tagged"));
    }

    [Fact]
    public void TheTeacherEndsARoundInAMeetingAndMotionGoesOn()
    {
        var play = new Play(players: 5);
        play.Put("Cara", 450, 600);
        play.Ocean.Accel(play["Cara"], "w");
        play.Ocean.CallMeeting(play["Bob"]);
        play.Wait(10);
        play.Ocean.EndRound();
        play.Wait(5);
        Assert.Equal(455, play.Ocean.Location(play["Cara"]).X, 9);
    }

    private static State.EventKind EventKindOf(string name) => Enum.Parse<State.EventKind>(name);
}

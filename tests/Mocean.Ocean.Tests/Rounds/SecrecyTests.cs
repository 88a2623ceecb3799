using System.Text.Json;

namespace Mocean.Ocean.Tests.Rounds;

/// <summary>
/// Nothing public tells who the impostor is before the end: two rounds alike in everything but who is the impostor
/// (Ann in one, Eve in the other) show the same to everyone, through every public read, refusal and event.
/// </summary>
public class SecrecyTests
{
    [Fact]
    public void TwoRoundsThatDifferOnlyInTheImpostorLookTheSameToEveryone()
    {
        Assert.Equal(Public(new Play(players: 5, impostors: ["Ann"])), Public(new Play(players: 5, impostors: ["Eve"])));
    }

    [Fact]
    public void TheRoleRouteTellsEachPlayerOnlyTheirOwn()
    {
        var a = new Play(players: 5, impostors: ["Ann"]);
        var e = new Play(players: 5, impostors: ["Eve"]);
        foreach (var name in new[] { "Bob", "Cara", "Dan" })
        {
            Assert.Equal(a.Ocean.Role(a[name]).Text, e.Ocean.Role(e[name]).Text);
        }
    }

    /// <summary>
    /// An impostor who quits is out for the win, but to everyone else looks like a crewmate who quits: the counts,
    /// a vote for them, the meeting's voters, after they leave and after they come back.
    /// </summary>
    [Fact]
    public void AnImpostorWhoQuitsLooksToEveryoneLikeACrewmateWhoQuits()
    {
        Assert.Equal(Quitting(["Ann", "Dan"]), Quitting(["Ann", "Eve"]));
    }

    private static List<string> Quitting(string[] impostors)
    {
        var play = new Play(players: 6, impostors: impostors);
        var seen = new List<string>();
        void See(object? value) => seen.Add(JsonSerializer.Serialize(value));
        void Everyone()
        {
            foreach (var name in new[] { "Bob", "Cara", "Fay" })
            {
                See(play.Ocean.Look(play[name]));
                See(play.Ocean.Hear(play[name]));
            }
            See(play.Ocean.Who());
            See(play.Ocean.Round());
            See(play.Ocean.RoundWatch(teacher: false));
        }
        play.Ocean.Quit(play["Dan"]);
        Everyone();
        play.Ocean.CallMeeting(play["Bob"]);
        See(play.Ocean.Vote(play["Cara"], "Dan")); // Dan is away: a vote for them counts, whatever they were
        See(play.Ocean.Vote(play["Bob"], "skip"));
        See(play.Ocean.Vote(play["Fay"], "skip"));
        Everyone();
        play.Wait(110);
        play.Ids["Dan"] = play.Sea.Put("Dan", 100, 100);
        Everyone();
        play.Ocean.CallMeeting(play["Cara"]);
        Everyone();
        See(play.Ocean.Vote(play["Fay"], "Dan")); // back, and still votable, whatever they were
        See(play.Ocean.Events().Select(e => (e.Kind.ToString(), e.Player, e.Detail)));
        return seen;
    }

    /// <summary>Everything the public sees while the same things happen: sight, lists, the round, the meeting, refusals, events.</summary>
    private static List<string> Public(Play play)
    {
        var seen = new List<string>();
        void See(object? value) => seen.Add(JsonSerializer.Serialize(value));
        void Refused(Action act) => See(Play.Refusal(act));
        void Everything()
        {
            foreach (var id in play.Ids.Values)
            {
                See(play.Ocean.Look(id));
                See(play.Ocean.Location(id));
                See(play.Ocean.Tasks(id));
                See(play.Ocean.Hear(id));
            }
            See(play.Ocean.Who());
            See(play.Ocean.Round());
            See(play.Ocean.View());
            See(play.Ocean.RoundWatch(teacher: false));
            Refused(() => play.Ocean.Roles());
        }
        play.Put("Ann", 450, 600);
        play.Put("Eve", 452, 600);
        play.Put("Bob", 454, 600);
        play.Put("Cara", 456, 600, 5);
        play.Put("Dan", 300, 300);
        Everything();
        play.Wait(12);
        Refused(() => play.Ocean.Tag(play["Bob"], "Ann"));
        Refused(() => play.Ocean.Tag(play["Bob"], "Eve"));
        Refused(() => play.Ocean.Tag(play["Cara"], null));
        Refused(() => play.Ocean.Sabotage(play["Dan"], "storm"));
        var t = play.Task("Bob", Mocean.Ocean.Rounds.TaskKind.Measure);
        play.Put("Bob", t.X, t.Y);
        See(play.Ocean.DoTask(play["Bob"], t.N, t.Temp));
        Refused(() => play.Ocean.DoTask(play["Cara"], 1, null));
        Everything();
        play.Ocean.CallMeeting(play["Dan"]);
        play.Ocean.Say(play["Ann"], "I was at the seamount");
        play.Ocean.Say(play["Eve"], "me too");
        play.Ocean.Vote(play["Ann"], "skip");
        play.Ocean.Vote(play["Bob"], "Eve");
        play.Ocean.Vote(play["Eve"], "Bob");
        Refused(() => play.Ocean.Vote(play["Eve"], "Bob"));
        Everything();
        play.Wait(90);
        Everything();
        See(play.Ocean.Events().Select(e => (e.Kind.ToString(), e.Player, e.Detail)));
        return seen;
    }
}

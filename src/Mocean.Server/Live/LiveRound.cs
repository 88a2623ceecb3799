using Mocean.Ocean.Rounds;

namespace Mocean.Server.Live;

/// <summary>
/// The round on the big screen: phase, time left, the task bar's counts, the storm, beacons, the meeting (who called
/// it, its lines, votes counted but never whose), and the winner. <see cref="Roles"/> and <see cref="Seed"/> are null
/// until the round is over, except in the teacher's view (the engine decides: <c>Ocean.RoundWatch</c>).
/// </summary>
public sealed record LiveRound(
    string Phase,
    int SecondsLeft,
    int TasksDone,
    int TasksTotal,
    int Living,
    int Out,
    string? Winner,
    bool Storm,
    IReadOnlyList<LiveBeacon> Beacons,
    LiveMeeting? Meeting,
    IReadOnlyList<LiveRole>? Roles,
    string? Seed)
{
    public static LiveRound? Of(RoundView? view) => view is null ? null : new(
        view.Status.Phase,
        view.Status.SecondsLeft,
        view.Status.TasksDone,
        view.Status.TasksTotal,
        view.Status.Living,
        view.Status.Out,
        view.Status.Winner,
        view.Storm,
        [.. view.Beacons.Select(b => new LiveBeacon(b.Name, b.X, b.Y, b.Z))],
        view.Meeting is { } m ? LiveMeeting.Of(m) : null,
        view.Roles.IsDefaultOrEmpty ? null : [.. view.Roles.Select(r => new LiveRole(r.Name, r.Role, r.Out))],
        view.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Where a tagged crewmate's beacon lies (until someone reports it).</summary>
public sealed record LiveBeacon(string Name, double X, double Y, double Z);

/// <summary>A meeting on the big screen: its lines (a player's, or the game's with no name) and votes so far per name or <c>skip</c>.</summary>
public sealed record LiveMeeting(
    int Number,
    string Caller,
    string? Reported,
    bool On,
    int SecondsLeft,
    IReadOnlyList<LiveLine> Lines,
    IReadOnlyList<LiveVotes> Votes,
    int Voted,
    int Voters,
    string? Result)
{
    public static LiveMeeting Of(MeetingView m) => new(
        m.Number, m.Caller, m.Reported, m.On, m.SecondsLeft,
        [.. m.Lines.Select(l => new LiveLine(l.N, l.Name, l.Text))],
        [.. m.Votes.Select(v => new LiveVotes(v.Name, v.Votes))],
        m.Voted, m.Voters, m.Result);
}

public sealed record LiveLine(int N, string? Name, string Text);

public sealed record LiveVotes(string Name, int Votes);

/// <summary>A player's role: at the end for everyone, at any time for the teacher.</summary>
public sealed record LiveRole(string Name, string Role, bool Out);

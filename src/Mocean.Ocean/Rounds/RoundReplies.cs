using System.Globalization;

namespace Mocean.Ocean.Rounds;

/// <summary>
/// The reply of <c>round</c>: <c>phase,seconds_left,tasks_done,tasks_total,living,out</c>, in <c>over</c> with a second
/// line <c>winner: crew</c> or <c>winner: impostors</c>. Without a round: <c>none,0,0,0,N,0</c>.
/// </summary>
public sealed record RoundStatus(string Phase, int SecondsLeft, int TasksDone, int TasksTotal, int Living, int Out, string? Winner)
{
    public string Text => string.Join(',', Phase, I(SecondsLeft), I(TasksDone), I(TasksTotal), I(Living), I(Out))
        + (Winner is null ? "" : $"\nwinner: {Winner}");

    internal static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The reply of <c>role</c>: <c>crew,alive</c>, <c>crew,out</c>, <c>impostor,alive</c> or <c>impostor,out</c>, an
/// impostor's line going on with the other impostors' names; <c>none</c> without a round (or outside it).
/// </summary>
public sealed record RoleReply(string Role, string? State, IReadOnlyList<string> FellowImpostors)
{
    public static RoleReply None { get; } = new("none", null, []);

    public string Text => State is null ? Role : string.Join(',', [Role, State, .. FellowImpostors]);
}

/// <summary>
/// One line of <c>tasks</c>: <c>n,kind,x,y,z,done,detail</c>. X, Y and Z are null for <c>find</c> (the city is not
/// given); <see cref="Detail"/> is the minute of a <c>measure</c> (<c>2022-01-05T21:10:00Z</c>), else empty.
/// The server writes the numbers in its wire form and <see cref="Done"/> as 1 or 0.
/// </summary>
public sealed record TaskLine(int N, string Kind, double? X, double? Y, double? Z, bool Done, string Detail)
{
    public static TaskLine Of(RoundTask t) => t.Kind == TaskKind.Find
        ? new(t.N, "find", null, null, null, t.Done, "")
        : new(t.N, t.Kind.ToString().ToLowerInvariant(), t.X, t.Y, t.Z, t.Done, t.Minute is { } m ? Minute(m) : "");

    /// <summary>A minute as the tasks show it and <c>/api/sensors</c> takes it: <c>2022-01-05T21:10:00Z</c>.</summary>
    public static string Minute(DateTimeOffset m) => m.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>One line of <c>roles</c> (after the end, or for the teacher at any time): <c>name,role</c>.</summary>
public sealed record RoleLine(string Name, string Role, bool Out)
{
    public string Text => $"{Name},{Role}";
}

/// <summary>The meeting as the big screen shows it: who called it, the lines said, the votes counted (never whose).</summary>
public sealed record MeetingView(
    int Number,
    string Caller,
    string? Reported,
    bool On,
    int SecondsLeft,
    IReadOnlyList<MeetingLine> Lines,
    IReadOnlyDictionary<string, int> Votes,
    int Voted,
    int Voters,
    string? Result);

/// <summary>
/// The round as the live page draws it. Public: no role before the end (<see cref="Roles"/> is empty until then,
/// unless this is the teacher's view); <see cref="Seed"/> only for the teacher, or after the end.
/// </summary>
public sealed record RoundView(
    RoundStatus Status,
    bool Storm,
    IReadOnlyList<Beacon> Beacons,
    MeetingView? Meeting,
    IReadOnlyList<RoleLine> Roles,
    ulong? Seed);

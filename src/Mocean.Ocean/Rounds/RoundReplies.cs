using System.Collections.Immutable;
using System.Globalization;
using Orleans;

namespace Mocean.Ocean.Rounds;

/// <summary>
/// The reply of <c>round</c>: <c>phase,seconds_left,tasks_done,tasks_total,living,out</c>, in <c>over</c> with a second
/// line <c>winner: crew</c> or <c>winner: impostors</c>. Without a round: <c>none,0,0,0,N,0</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.RoundStatus")]
public sealed record RoundStatus(
    [property: Id(0)] string Phase,
    [property: Id(1)] int SecondsLeft,
    [property: Id(2)] int TasksDone,
    [property: Id(3)] int TasksTotal,
    [property: Id(4)] int Living,
    [property: Id(5)] int Out,
    [property: Id(6)] string? Winner)
{
    public string Text => string.Join(',', Phase, I(SecondsLeft), I(TasksDone), I(TasksTotal), I(Living), I(Out))
        + (Winner is null ? "" : $"\nwinner: {Winner}");

    internal static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The reply of <c>role</c>: <c>crew,alive</c>, <c>crew,out</c>, <c>impostor,alive</c> or <c>impostor,out</c>, an
/// impostor's line going on with the other impostors' names; <c>none</c> without a round (or outside it).
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.RoleReply")]
public sealed record RoleReply([property: Id(0)] string Role, [property: Id(1)] string? State, [property: Id(2)] ImmutableArray<string> FellowImpostors)
{
    public static RoleReply None { get; } = new("none", null, []);

    public string Text => State is null ? Role : string.Join(',', [Role, State, .. FellowImpostors]);
}

/// <summary>
/// One line of <c>tasks</c>: <c>n,kind,x,y,z,done,detail</c>. X, Y and Z are null for <c>find</c> (the city is not
/// given); <see cref="Detail"/> is the minute of a <c>measure</c> (<c>2022-01-05T21:10:00Z</c>), else empty.
/// The server writes the numbers in its wire form and <see cref="Done"/> as 1 or 0.
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.TaskLine")]
public sealed record TaskLine(
    [property: Id(0)] int N,
    [property: Id(1)] string Kind,
    [property: Id(2)] double? X,
    [property: Id(3)] double? Y,
    [property: Id(4)] double? Z,
    [property: Id(5)] bool Done,
    [property: Id(6)] string Detail)
{
    public static TaskLine Of(RoundTask t) => t.Kind == TaskKind.Find
        ? new(t.N, "find", null, null, null, t.Done, "")
        : new(t.N, t.Kind.ToString().ToLowerInvariant(), t.X, t.Y, t.Z, t.Done, t.Minute is { } m ? Minute(m) : "");

    /// <summary>A minute as the tasks show it and <c>/api/sensors</c> takes it: <c>2022-01-05T21:10:00Z</c>.</summary>
    public static string Minute(DateTimeOffset m) => m.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>One line of <c>roles</c> (after the end, or for the teacher at any time): <c>name,role</c>.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.RoleLine")]
public sealed record RoleLine([property: Id(0)] string Name, [property: Id(1)] string Role, [property: Id(2)] bool Out)
{
    public string Text => $"{Name},{Role}";
}

/// <summary>How many votes a name (or <c>skip</c>) has so far; never whose they are.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.VoteCount")]
public sealed record VoteCount([property: Id(0)] string Name, [property: Id(1)] int Votes);

/// <summary>The meeting as the big screen shows it: who called it, the lines said, the votes counted (never whose).</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.MeetingView")]
public sealed record MeetingView(
    [property: Id(0)] int Number,
    [property: Id(1)] string Caller,
    [property: Id(2)] string? Reported,
    [property: Id(3)] bool On,
    [property: Id(4)] int SecondsLeft,
    [property: Id(5)] ImmutableArray<MeetingLine> Lines,
    [property: Id(6)] ImmutableArray<VoteCount> Votes,
    [property: Id(7)] int Voted,
    [property: Id(8)] int Voters,
    [property: Id(9)] string? Result);

/// <summary>
/// The round as the live page draws it. Public: no role before the end (<see cref="Roles"/> is empty until then,
/// unless this is the teacher's view); <see cref="Seed"/> only for the teacher, or after the end.
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.RoundView")]
public sealed record RoundView(
    [property: Id(0)] RoundStatus Status,
    [property: Id(1)] bool Storm,
    [property: Id(2)] ImmutableArray<Beacon> Beacons,
    [property: Id(3)] MeetingView? Meeting,
    [property: Id(4)] ImmutableArray<RoleLine> Roles,
    [property: Id(5)] ulong? Seed);

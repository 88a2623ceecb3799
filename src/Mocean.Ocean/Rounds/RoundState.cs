using System.Text.Json.Serialization;
using Orleans;

namespace Mocean.Ocean.Rounds;

[JsonConverter(typeof(JsonStringEnumConverter<RoundPhase>))]
public enum RoundPhase
{
    Play,
    Meeting,
    Over,
}

[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    Crew,
    Impostor,
}

/// <summary>Why a player is out: tagged (a beacon stays), ejected by a vote, or an impostor who quit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutCause>))]
public enum OutCause
{
    Tagged,
    Ejected,
    Quit,
}

[JsonConverter(typeof(JsonStringEnumConverter<TaskKind>))]
public enum TaskKind
{
    Find,
    Sonar,
    Sample,
    Measure,
}

[JsonConverter(typeof(JsonStringEnumConverter<Side>))]
public enum Side
{
    Crew,
    Impostors,
}

/// <summary>One temperature sample of the research data: the minute it was taken and <c>temp</c> then.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.TemperatureSample")]
public sealed record TemperatureSample([property: Id(0)] DateTimeOffset Minute, [property: Id(1)] double Temp);

/// <summary>
/// One task. (X, Y, Z) is its place: for <c>find</c> the lost city's centre on the floor (never shown), for
/// <c>measure</c> a point at the surface whose <see cref="Minute"/> is shown and whose <see cref="Temp"/> is the answer.
/// </summary>
public sealed record RoundTask(int N, TaskKind Kind, double X, double Y, double Z, bool Done, DateTimeOffset? Minute = null, double? Temp = null);

/// <summary>
/// A player of the round, by name (a name that quits and joins again gets this back). Times are ocean time.
/// <see cref="WrongAnswers"/> counts wrong <c>measure</c> answers since the last wait.
/// </summary>
public sealed record RoundPlayer(
    string Name,
    int Slot,
    Role Role,
    OutCause? Out,
    IReadOnlyList<RoundTask> Tasks,
    bool CalledMeeting,
    DateTimeOffset NextTagAt,
    int WrongAnswers,
    DateTimeOffset AnswerWaitUntil,
    DateTimeOffset SayAgainAt)
{
    [JsonIgnore]
    public bool IsOut => Out is not null;

    /// <summary>
    /// Out as everyone may know it before the end: tagged or ejected. An impostor who quit is out for the win, but to
    /// everyone else they are like a crewmate who quit (still in the round), so no count or refusal tells them apart.
    /// </summary>
    [JsonIgnore]
    public bool IsOutInPublic => Out is OutCause.Tagged or OutCause.Ejected;

    [JsonIgnore]
    public bool IsImpostor => Role == Role.Impostor;
}

/// <summary>Where a crewmate was tagged; it stays until someone reports it.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.Beacon")]
public sealed record Beacon([property: Id(0)] string Name, [property: Id(1)] double X, [property: Id(2)] double Y, [property: Id(3)] double Z);

/// <summary>A line of a meeting: a player's (<see cref="Name"/> set) or the game's own (who called it, the result).</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Round.MeetingLine")]
public sealed record MeetingLine([property: Id(0)] int N, [property: Id(1)] string? Name, [property: Id(2)] string Text);

/// <summary>A vote: who (never shown before the end) for whom (a name, or <c>skip</c>).</summary>
public sealed record Vote(string Voter, string For);

/// <summary>
/// A meeting, on or the last one. <see cref="Voters"/> are the living players in the ocean when it began (the only
/// ones who vote); <see cref="Reported"/> names the beacon reported, if that is how it began.
/// </summary>
public sealed record Meeting(
    int Number,
    string Caller,
    string? Reported,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<string> Voters,
    IReadOnlyList<Vote> Votes,
    IReadOnlyList<MeetingLine> Lines,
    string? Ejected,
    string? Result);

/// <summary>
/// A round: state of the ocean, persisted with its snapshot. Times are ocean time. The round's clock is
/// <see cref="PlayUsed"/> (play time before <see cref="PhaseSince"/>) plus, in play, the time since;
/// <see cref="Draws"/> is where the round's generator is, so late joiners are dealt from it.
/// </summary>
public sealed record RoundState(
    ulong Seed,
    RoundSettings Settings,
    RoundPhase Phase,
    DateTimeOffset PhaseSince,
    TimeSpan PlayUsed,
    ulong Draws,
    LostCity City,
    IReadOnlyList<RoundPlayer> Players,
    IReadOnlyList<Beacon> Beacons,
    Meeting? Meeting,
    int LinesSaid,
    IReadOnlyList<TemperatureSample> MeasurePool,
    DateTimeOffset StormUntil,
    DateTimeOffset NextStormAt,
    DateTimeOffset? LastMeetingEnd,
    Side? Winner)
{
    /// <summary>The round player of this name (case-insensitively), or null.</summary>
    public RoundPlayer? Find(string name) =>
        Players.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The state with this player replaced (matched by name).</summary>
    public RoundState With(RoundPlayer player) =>
        this with { Players = [.. Players.Select(p => string.Equals(p.Name, player.Name, StringComparison.OrdinalIgnoreCase) ? player : p)] };

    public bool MeetingOn => Phase == RoundPhase.Meeting;

    public bool StormOn(DateTimeOffset now) => Phase == RoundPhase.Play && now < StormUntil;

    /// <summary>Every crew task: tasks of crewmates in the round, out players' and late joiners' included (never the impostors' fake ones).</summary>
    public int TasksTotal => Players.Where(p => !p.IsImpostor).Sum(p => p.Tasks.Count);

    public int TasksDone => Players.Where(p => !p.IsImpostor).Sum(p => p.Tasks.Count(t => t.Done));

    /// <summary>Players not out, impostors included.</summary>
    public int Living => Players.Count(p => !p.IsOut);

    public int OutCount => Players.Count(p => p.IsOut);

    /// <summary>Living as the public sees it before the end: every player who quit counts as living, whatever their role.</summary>
    [JsonIgnore]
    public int LivingInPublic => Players.Count(p => !p.IsOutInPublic);

    [JsonIgnore]
    public int OutInPublic => Players.Count(p => p.IsOutInPublic);
}

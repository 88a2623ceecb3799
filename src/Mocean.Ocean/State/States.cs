using System.Text.Json.Serialization;
using Orleans;

namespace Mocean.Ocean.State;

/// <summary>
/// One player, as stored. Times are ocean time (see <see cref="OceanTime"/>). Inventory in the order
/// items were got; <see cref="Inbox"/> holds at most one player's message, <see cref="Notice"/> the
/// latest broadcast line; <see cref="Whale"/> is the index of the whale ridden.
/// </summary>
public sealed record PlayerState(
    string Id,
    string Name,
    long JoinOrder,
    double X,
    double Y,
    double Z,
    double Speed,
    double Heading,
    IReadOnlyList<string> Inventory,
    ChatMessage? Inbox,
    string? Notice,
    int? Whale,
    bool Wrapped,
    bool Muted,
    DateTimeOffset MovedAt,
    DateTimeOffset LastAccess);

/// <summary>A chat message waiting in an inbox.</summary>
public sealed record ChatMessage(string From, string Text, DateTimeOffset At);

/// <summary>
/// A whale: at the surface it drifts from (X, Y) at <see cref="Since"/> along its heading;
/// ridden (<see cref="Rider"/> set) it is out of the sea, under its rider.
/// </summary>
public sealed record WhaleState(int Index, string Name, double X, double Y, double Heading, DateTimeOffset Since, string? Rider);

/// <summary>A treasure taken at an ocean time; it comes back <see cref="OceanRules.TreasureReturn"/> later.</summary>
public sealed record TreasureTaken(int Index, DateTimeOffset At);

/// <summary>One line of the chat log (wall-clock time), for the teacher.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.ChatLogEntry")]
public sealed record ChatLogEntry(
    [property: Id(0)] DateTimeOffset At, [property: Id(1)] string From, [property: Id(2)] string To, [property: Id(3)] string Text);

[JsonConverter(typeof(JsonStringEnumConverter<EventKind>))]
public enum EventKind
{
    Join,
    Quit,
    TreasureTaken,
    WhaleRidden,
    WhaleLeft,
    Bloom,
    ChatSent,
    Removed,
    Broadcast,
    Reset,
    Paused,
    Resumed,
    /// <summary>A round began (Detail: how many players).</summary>
    RoundStarted,
    /// <summary>The teacher ended the round: the ocean is the sandbox again.</summary>
    RoundEnded,
    /// <summary>The round is over (Detail: <c>crew</c> or <c>impostors</c>).</summary>
    RoundOver,
    /// <summary>A crewmate was tagged (Player: the one tagged; never who tagged).</summary>
    Tagged,
    /// <summary>A meeting began (Player: who called it; Detail: whose beacon was reported, if one was).</summary>
    MeetingCalled,
    /// <summary>A vote was cast (Detail: for whom, or skip; never who voted).</summary>
    Voted,
    /// <summary>A meeting ended (Detail: the result line).</summary>
    MeetingEnded,
    /// <summary>A storm rose (never who raised it).</summary>
    Storm,
}

/// <summary>
/// One event of the live map's feed (wall-clock time). <see cref="Detail"/> names the treasure,
/// whale or chat recipient; never the text of a chat.
/// </summary>
public sealed record OceanEvent(long Seq, DateTimeOffset At, EventKind Kind, string Player, string? Detail);

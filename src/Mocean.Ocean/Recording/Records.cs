namespace Mocean.Ocean.Recording;

/// <summary>
/// One thing that happened in an ocean, as the game's record keeps it: the server's clock, the round it belongs to (0
/// outside a round), what kind of thing (<see cref="RecordKinds"/>), the player by name (never the id; empty for the game's
/// own events), a detail (a treasure, a whale, a chat's recipient, a vote's choice; never a chat's text) and where the
/// player was. <see cref="Text"/> is a line said in a meeting (the teacher's to read; nothing else carries text).
/// </summary>
public sealed record RecordedEvent(
    DateTimeOffset At, int Round, string Kind, string Player, string? Detail, string? Text, double? X, double? Y, double? Z);

/// <summary>One sample of a moving player: where (x, y, depth), how fast and which way, on the server's clock.</summary>
public sealed record TrackPoint(DateTimeOffset At, int Round, string Player, double X, double Y, double Z, double Speed, double Heading);

/// <summary>What the record gathered since the host last took it.</summary>
public sealed record RecordBatch(IReadOnlyList<RecordedEvent> Events, IReadOnlyList<TrackPoint> Tracks)
{
    public static RecordBatch Empty { get; } = new([], []);

    public bool IsEmpty => Events.Count == 0 && Tracks.Count == 0;
}

/// <summary>The kinds of recorded events, as the data set spells them.</summary>
public static class RecordKinds
{
    public const string Join = "join";
    public const string Quit = "quit";
    public const string Removed = "removed";
    public const string TreasureTaken = "treasure_taken";
    public const string ItemUsed = "item_used";
    public const string WhaleRidden = "whale_ridden";
    public const string WhaleLeft = "whale_left";
    public const string Bloom = "bloom";
    public const string Chat = "chat";
    public const string Broadcast = "broadcast";
    public const string Reset = "reset";
    public const string Paused = "paused";
    public const string Resumed = "resumed";
    public const string Give = "give";
    public const string Mute = "mute";
    public const string Unmute = "unmute";
    public const string RoundStarted = "round_started";
    public const string Role = "role";
    public const string Task = "task";
    public const string Tag = "tag";
    public const string Beacon = "beacon";
    public const string Storm = "storm";
    public const string Meeting = "meeting";
    public const string Line = "line";
    public const string Vote = "vote";
    public const string Ejected = "ejected";
    public const string MeetingEnded = "meeting_ended";
    public const string RoundOver = "round_over";
    public const string RoundEnded = "round_ended";
}

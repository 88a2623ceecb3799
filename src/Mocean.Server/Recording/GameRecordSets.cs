using System.Globalization;
using Mocean.Ocean.Recording;
using Mocean.Research.Catalog;

namespace Mocean.Server.Recording;

/// <summary>
/// The two data sets of an ocean's record, <c>ocean_NAME_events</c> and <c>ocean_NAME_tracks</c>: their descriptors (units,
/// descriptions, the ocean's seed in the summary, as <c>info</c> shows them) and their rows from the engine's record.
/// </summary>
public static class GameRecordSets
{
    /// <summary>What one stored row is counted as against the size bound (a generous mean of both tables' rows).</summary>
    public const int BytesPerRow = 100;

    public const string Prefix = "ocean_";

    /// <summary>The <c>sourceUrl</c> of a game's record: what tells it from a data set a teacher added.</summary>
    public const string Source = "(the Mocean server's game)";

    public static string EventsId(string ocean) => $"{Prefix}{ocean}_events";

    public static string TracksId(string ocean) => $"{Prefix}{ocean}_tracks";

    /// <summary>The view students read in place of the data set (<see cref="Visibility"/>).</summary>
    public static string PublicView(string datasetId) => "public_" + datasetId;

    private static readonly ColumnDescriptor Time = new("time", ColumnType.Time, LongName: "Time (the server's clock)", StandardName: "time");

    private static readonly ColumnDescriptor Round = new("round", ColumnType.Integer, Units: "1", DataType: "int",
        LongName: "Round number (1 for the ocean's first round; 0 outside a round)");

    private static readonly ColumnDescriptor PlayerName = new("player", ColumnType.Text, LongName: "Player's name (empty for the game's own events)");

    private static readonly ColumnDescriptor X = new("x", ColumnType.Double, Units: "game units", LongName: "Position east, 0 to the ocean's width (wraps round)");

    private static readonly ColumnDescriptor Y = new("y", ColumnType.Double, Units: "game units", LongName: "Position north, 0 to the ocean's height (wraps round)");

    private static readonly ColumnDescriptor Depth = new("depth", ColumnType.Double, Units: "m", StandardName: "depth", Positive: "down",
        LongName: "Depth below the surface");

    public static DatasetDescriptor Events(string ocean, ulong seed) => new(
        EventsId(ocean),
        $"Mocean game record: events of the ocean {ocean}",
        $"What happened in the ocean {ocean} (world seed {Seed(seed)}): joins, quits, items taken and used, whales ridden, chats "
        + "(sender and recipient, never the text), the teacher's actions, and in rounds the roles drawn, tasks done, tags (who tagged "
        + "whom) and the beacons they leave, storms, meetings, lines said, votes (recorded when the meeting is over), ejections and the end. One row per event, "
        + "with the player's name and where they were. Students see the rounds that are over; the teacher sees everything.",
        SourceFormat.Csv,
        ["(recorded by the game)"],
        [
            Time, Round,
            new("kind", ColumnType.Text, LongName: "What happened (join, quit, treasure_taken, item_used, whale_ridden, chat, role, task, tag, beacon, storm, meeting, line, vote, ejected, round_over, ...)"),
            PlayerName,
            new("detail", ColumnType.Text, LongName: "The treasure, item, whale, chat recipient, role, task, tagged player, vote or result"),
            new("text", ColumnType.Text, LongName: "A line said in a meeting (the teacher's to read)"),
            X, Y, Depth,
        ],
        Comment: $"World seed {Seed(seed)}. Kept for a set number of days and size; the oldest rows are dropped first.",
        CdmDataType: "Other",
        SourceUrl: Source,
        Institution: "Mocean");

    public static DatasetDescriptor Tracks(string ocean, ulong seed) => new(
        TracksId(ocean),
        $"Mocean game record: tracks of the ocean {ocean}",
        $"Where each player of the ocean {ocean} (world seed {Seed(seed)}) went: position, depth, speed and heading, sampled about "
        + "once a second while the player moves (a player at rest adds no rows). Students see the rounds that are over; the "
        + "teacher sees everything.",
        SourceFormat.Csv,
        ["(recorded by the game)"],
        [
            Time, Round, PlayerName, X, Y, Depth,
            new("speed", ColumnType.Double, Units: "game units s-1", LongName: "Speed"),
            new("heading", ColumnType.Double, Units: "radians", LongName: "Heading, counter-clockwise from east, in (-pi, pi]"),
        ],
        Comment: $"World seed {Seed(seed)}. Kept for a set number of days and size; the oldest rows are dropped first.",
        CdmDataType: "Other",
        SourceUrl: Source,
        Institution: "Mocean");

    public static object?[] Row(RecordedEvent e) =>
        [e.At.UtcDateTime, e.Round, e.Kind, e.Player, e.Detail, e.Text, e.X, e.Y, e.Z];

    public static object?[] Row(TrackPoint t) =>
        [t.At.UtcDateTime, t.Round, t.Player, t.X, t.Y, t.Z, t.Speed, t.Heading];

    private static string Seed(ulong seed) => seed.ToString(CultureInfo.InvariantCulture);
}

using System.Data.Common;
using System.Globalization;
using Mocean.Ocean.Recording;
using Mocean.Research;
using Mocean.Research.Query;
using Mocean.Research.Store;
using Mocean.Server.Recording;

namespace Mocean.Server.Live;

/// <summary>
/// An ocean's record as a replay reads it: the rows of its two data sets for a round or a window, through the same
/// planner as tabledap and from the same table or view (the teacher's whole record, or what students may read).
/// </summary>
internal sealed class ReplayRecord(DataService data, StoredDataset events, StoredDataset? tracks)
{
    private static readonly string[] TrackColumns = ["time", "round", "player", "x", "y", "depth", "speed", "heading"];
    private static readonly string[] EventColumns = ["time", "round", "kind", "player", "detail", "text", "x", "y", "depth"];

    /// <summary>The record of <paramref name="ocean"/>, or null when it has none.</summary>
    public static ReplayRecord? Of(DataService data, string ocean) =>
        data.Find(GameRecordSets.EventsId(ocean)) is { } events ? new ReplayRecord(data, events, data.Find(GameRecordSets.TracksId(ocean))) : null;

    /// <summary>
    /// The round whose rows <see cref="RowsOfRoundAsync"/> counted in both data sets: every later read of that round (the whole
    /// record, or a reader's view of it, which holds fewer rows) is within the row cap, so it is read without counting again.
    /// </summary>
    private int? counted;

    /// <summary>Rows of the round in the whole record (not a reader's view), events and tracks, each admitted (over the row cap a 413).</summary>
    public async Task<long> RowsOfRoundAsync(int round, CancellationToken cancel)
    {
        Constraint[] where = [new("round", "=", Number(round), false)];
        var rows = await CountAsync(events, where, null, cancel).ConfigureAwait(false)
            + (tracks is null ? 0 : await CountAsync(tracks, where, null, cancel).ConfigureAwait(false));
        counted = round;
        return rows;
    }

    /// <summary>Whether the round is over (or was ended) in the whole record.</summary>
    public async Task<bool> IsOverAsync(int round, CancellationToken cancel) =>
        (await ReadAsync(events, ["kind"], [new("round", "=", Number(round), false), new("kind", "=~", $"{RecordKinds.RoundOver}|{RecordKinds.RoundEnded}", true)],
            null, r => r.GetString(0), cancel, admitted: counted == round).ConfigureAwait(false)).Count > 0;

    public Task<IReadOnlyList<ReplayEvent>> EventsAsync(ReplayWindow window, bool teacher, CancellationToken cancel) =>
        ReadAsync(events, EventColumns, Where(window), View(events, teacher), r => new ReplayEvent(
            Time(r, 0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), r.GetString(2), Text(r, 3) ?? "",
            Text(r, 4), Text(r, 5), Double(r, 6), Double(r, 7), Double(r, 8)), cancel, Counted(window));

    public Task<IReadOnlyList<ReplayTrack>> TracksAsync(ReplayWindow window, bool teacher, CancellationToken cancel) =>
        tracks is null ? Task.FromResult<IReadOnlyList<ReplayTrack>>([]) : ReadAsync(tracks, TrackColumns, Where(window), View(tracks, teacher), r => new ReplayTrack(
            Time(r, 0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), Text(r, 2) ?? "",
            r.GetDouble(3), r.GetDouble(4), r.GetDouble(5), r.GetDouble(6), r.GetDouble(7)), cancel, Counted(window));

    /// <summary>The rounds of the record this reader may read, oldest first: when each started and ended, and who won.</summary>
    public async Task<IReadOnlyList<RecordedRound>> RoundsAsync(bool teacher, CancellationToken cancel)
    {
        var rows = await ReadAsync(events, ["round", "time", "kind", "detail"],
            [new("round", ">", "0", false), new("kind", "=~", $"{RecordKinds.RoundStarted}|{RecordKinds.RoundOver}|{RecordKinds.RoundEnded}", true)],
            View(events, teacher), r => (Round: Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Time: Time(r, 1), Kind: r.GetString(2), Detail: Text(r, 3)), cancel)
            .ConfigureAwait(false);
        return [.. rows.GroupBy(r => r.Round).Select(g => new RecordedRound(
            g.Key,
            g.Where(r => r.Kind == RecordKinds.RoundStarted).Select(r => r.Time).DefaultIfEmpty(g.Min(r => r.Time)).First(),
            g.Where(r => r.Kind != RecordKinds.RoundStarted).Select(r => (DateTime?)r.Time).FirstOrDefault(),
            g.FirstOrDefault(r => r.Kind == RecordKinds.RoundOver).Detail))];
    }

    /// <summary>
    /// The world seed at <paramref name="at"/> as the record tells it: that of the last reset before, else (when no reset
    /// came after either) <paramref name="now"/>, the ocean's seed today; null when it cannot be known.
    /// </summary>
    public async Task<string?> SeedAtAsync(DateTime at, ulong? now, CancellationToken cancel)
    {
        // One row per reset the teacher made of the ocean: few, so read without counting them (within the time-out all the same).
        var resets = await ReadAsync(events, ["time", "detail"], [new("kind", "=", RecordKinds.Reset, true)], null,
            r => (Time: Time(r, 0), Seed: Text(r, 1)), cancel, admitted: true).ConfigureAwait(false);
        var before = resets.LastOrDefault(r => r.Time <= at);
        return before.Seed ?? (resets.Any(r => r.Time > at) ? null : now?.ToString(CultureInfo.InvariantCulture));
    }

    private bool Counted(ReplayWindow window) => window.Round is { } round && round == counted;

    private static Constraint[] Where(ReplayWindow window) => window.Round is { } round
        ? [new("round", "=", Number(round), false)]
        : [new("time", ">=", Iso(window.From), false), new("time", "<=", Iso(window.To), false)];

    private static string? View(StoredDataset dataset, bool teacher) => GameRecorder.ViewFor(dataset, teacher);

    /// <summary>
    /// The rows a query of the record matches, admitted as tabledap admits one (on the data service's gate; over its row cap
    /// the data service's 413): none is 0.
    /// </summary>
    private Task<long> CountAsync(StoredDataset dataset, IReadOnlyList<Constraint> where, string? view, CancellationToken cancel) =>
        AdmitAsync(Plan(dataset, ["time"], where, view), cancel);

    private async Task<long> AdmitAsync(QueryPlan plan, CancellationToken cancel)
    {
        try
        {
            return await data.AdmitAsync(plan, functions: false, chart: false, cancel).ConfigureAwait(false);
        }
        catch (QueryException none) when (none.Status == StatusCodes.Status404NotFound)
        {
            return 0;
        }
    }

    /// <summary>
    /// The rows in the order they were recorded (the store keeps it), which is time order: an <c>orderBy</c> could swap rows of
    /// the same time, as a round's start and its roles, or a meeting's votes and its end. Admitted first unless they already
    /// were (<paramref name="admitted"/>: counted within the cap), then read on the gate.
    /// </summary>
    private async Task<IReadOnlyList<T>> ReadAsync<T>(StoredDataset dataset, string[] columns, IReadOnlyList<Constraint> where, string? view, Func<DbDataReader, T> row,
        CancellationToken cancel, bool admitted = false)
    {
        var plan = Plan(dataset, columns, where, view);
        if (!admitted && await AdmitAsync(plan, cancel).ConfigureAwait(false) == 0)
        {
            return [];
        }

        using var result = await data.OpenAsync(plan, cancel).ConfigureAwait(false);
        return await data.ReadAsync(result, row, cancel).ConfigureAwait(false);
    }

    private static QueryPlan Plan(StoredDataset dataset, string[] columns, IReadOnlyList<Constraint> where, string? view) =>
        QueryPlanner.Plan(new TabledapRequest(columns, where, []), dataset.Descriptor, new QueryContext(null, null, view));

    private static DateTime Time(DbDataReader r, int i) => DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc);

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>The reply of <c>/ocean/replay</c>: the rows of the ocean's record for a round or a window, oldest first.</summary>
public sealed record ReplayReply(
    string Ocean,
    string? Seed,
    int? Round,
    DateTime From,
    DateTime To,
    bool Teacher,
    double TrackSeconds,
    IReadOnlyList<ReplayTrack> Tracks,
    IReadOnlyList<ReplayEvent> Events);

/// <summary>A round of the record: its number, when it started and ended (null while it is played), the winner if it was won.</summary>
public sealed record RecordedRound(int Round, DateTime Started, DateTime? Ended, string? Winner);

/// <summary>The reply of <c>/ocean/replay/rounds</c>: the rounds of an ocean's record the reader may replay.</summary>
public sealed record RecordedRounds(string Ocean, IReadOnlyList<RecordedRound> Rounds);

/// <summary>A row of <c>ocean_NAME_tracks</c>, named as there.</summary>
public sealed record ReplayTrack(DateTime Time, int Round, string Player, double X, double Y, double Depth, double Speed, double Heading);

/// <summary>A row of <c>ocean_NAME_events</c>, named as there (<see cref="Text"/> only for the teacher).</summary>
public sealed record ReplayEvent(DateTime Time, int Round, string Kind, string Player, string? Detail, string? Text, double? X, double? Y, double? Depth);

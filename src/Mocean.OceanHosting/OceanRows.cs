using Mocean.Ocean.State;
using Orleans.Storage;

namespace Mocean.OceanHosting;

/// <summary>
/// An ocean's state in its rows (<see cref="OceanParts"/>), written so that a write carries what changed: the core with
/// the players, events and chat lines changed since their own rows were written; those rows themselves (only the
/// buckets that changed) once more than <see cref="Compact"/> changes gather in the core. When most players change at
/// once (a reset, a whole class moving) the core is written whole instead, as before the split, which costs what the
/// alternative would; the rows are brought up to date before the next split core. Every row keeps its own version, so a
/// write from a stale activation fails with <see cref="InconsistentStateException"/> as before.
/// </summary>
public sealed class OceanRows(IGrainStorage storage, GrainId grainId) : IStateRows<OceanRecord>
{
    /// <summary>How many changed players (or new events and chat lines) the core carries before their rows are written.</summary>
    public const int Compact = 16;

    // The id of no player (ids are letters and digits): marks a bucket whose row is not known.
    private const string Unknown = "?";

    private readonly GrainState<byte[]> core = new();
    private readonly GrainState<byte[]> logRow = new();
    private readonly GrainState<byte[]>[] bucketRows = [.. Enumerable.Range(0, OceanParts.Buckets).Select(_ => new GrainState<byte[]>())];

    // What each row holds as far as this activation knows (the rows are written by nobody else while it lives).
    private readonly Dictionary<string, Kept>[] buckets = [.. Enumerable.Range(0, OceanParts.Buckets).Select(_ => new Dictionary<string, Kept>(StringComparer.Ordinal))];
    private OceanLog log = new(0, [], []);
    private bool split;
    private bool coreUnknown;
    private bool logUnknown;
    private Dictionary<string, Kept> written = new(StringComparer.Ordinal);

    public async Task<OceanRecord?> LoadAsync()
    {
        await storage.ReadStateAsync(OceanParts.Core, grainId, core).ConfigureAwait(true);
        await storage.ReadStateAsync(OceanParts.Log, grainId, logRow).ConfigureAwait(true);
        for (var b = 0; b < OceanParts.Buckets; b++)
        {
            await storage.ReadStateAsync(OceanParts.Bucket(b), grainId, bucketRows[b]).ConfigureAwait(true);
            var stored = bucketRows[b] is { RecordExists: true, State: { } bytes } ? OceanParts.ReadBucket(bytes) : new PlayerBucket(new Dictionary<string, DateTimeOffset>(), []);
            foreach (var player in stored.Players)
            {
                buckets[b][player.Id] = new Kept(player, stored.Joined.TryGetValue(player.Id, out var at) ? at : null);
            }
        }

        log = logRow is { RecordExists: true, State: { } logged } ? OceanParts.ReadLog(logged) : log;
        if (core is not { RecordExists: true, State: { } payload })
        {
            return null;
        }

        var (record, apart) = OceanParts.ReadCore(payload);
        split = apart is not null;
        var whole = apart is null ? record : OceanParts.Assemble(record, apart, log, buckets.Select(Bucket));
        written = Players(whole);
        return whole;
    }

    public async Task WriteAsync(OceanRecord state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = Players(state);
        var changed = new List<Kept>();
        var removed = new List<string>();
        var dirty = new SortedSet<int>();
        for (var b = 0; b < OceanParts.Buckets; b++)
        {
            foreach (var id in buckets[b].Keys.Where(id => !now.ContainsKey(id)))
            {
                removed.Add(id);
                dirty.Add(b);
            }
        }

        foreach (var (id, player) in now)
        {
            var b = OceanParts.BucketOf(id);
            if (!buckets[b].TryGetValue(id, out var kept) || kept != player)
            {
                changed.Add(player);
                dirty.Add(b);
            }
        }

        var churn = now.Count(p => !written.TryGetValue(p.Key, out var was) || was != p.Value) + written.Keys.Count(id => !now.ContainsKey(id));
        var busy = churn * 2 >= now.Count && churn > Compact;
        if (coreUnknown || (busy && (!split || changed.Count + removed.Count > Compact)))
        {
            await WriteCoreAsync(OceanParts.CoreBytes(state, apart: null), split: false).ConfigureAwait(true);
        }
        else if (!split)
        {
            // The stored core is whole, so no row is read with it: bring them up to date first, then split.
            await WriteBucketsAsync(dirty, now).ConfigureAwait(true);
            await WriteLogAsync(state.Snapshot).ConfigureAwait(true);
            await WriteCoreAsync(Split(state, [], [], out _), split: true).ConfigureAwait(true);
        }
        else
        {
            await WriteCoreAsync(Split(state, changed, removed, out var logged), split: true).ConfigureAwait(true);
            if (changed.Count + removed.Count > Compact)
            {
                await WriteBucketsAsync(dirty, now).ConfigureAwait(true);
            }

            if (logged > Compact)
            {
                await WriteLogAsync(state.Snapshot).ConfigureAwait(true);
            }
        }

        written = now;
    }

    /// <summary>A split core: <paramref name="changed"/> players, and the events and chat lines the log row lacks.</summary>
    private byte[] Split(OceanRecord state, List<Kept> changed, List<string> removed, out int logged)
    {
        var snapshot = state.Snapshot;
        var events = OceanParts.AddedSince(log.Events, snapshot.Events);
        var chat = OceanParts.AddedSince(log.ChatLog, snapshot.ChatLog);
        var stale = logUnknown || events is null || chat is null
            || !OceanParts.Merge(log.Events, events, snapshot.Settings.EventLogSize).SequenceEqual(snapshot.Events)
            || !OceanParts.Merge(log.ChatLog, chat, snapshot.Settings.ChatLogSize).SequenceEqual(snapshot.ChatLog);
        events = stale ? snapshot.Events : events;
        chat = stale ? snapshot.ChatLog : chat;
        logged = stale ? int.MaxValue : events!.Count + chat!.Count;
        var core = new OceanRecord(
            snapshot with { Players = [.. changed.Select(k => k.Player).OrderBy(p => p.JoinOrder)], Events = events!, ChatLog = chat! },
            state.Joined);
        return OceanParts.CoreBytes(core, new OceanApart(OceanParts.Buckets, removed, log.Version, stale));
    }

    private async Task WriteCoreAsync(byte[] payload, bool split)
    {
        core.State = payload;
        coreUnknown = true;
        await storage.WriteStateAsync(OceanParts.Core, grainId, core).ConfigureAwait(true);
        coreUnknown = false;
        this.split = split;
    }

    private async Task WriteBucketsAsync(IEnumerable<int> dirty, Dictionary<string, Kept> now)
    {
        foreach (var b in dirty)
        {
            var players = now.Where(p => OceanParts.BucketOf(p.Key) == b).ToDictionary(StringComparer.Ordinal);
            bucketRows[b].State = OceanParts.ToBytes(Bucket(players));
            await PartAsync(OceanParts.Bucket(b), bucketRows[b]).ConfigureAwait(true);
            buckets[b] = players;
        }
    }

    private async Task WriteLogAsync(OceanSnapshot snapshot)
    {
        var next = new OceanLog(log.Version + 1, snapshot.Events, snapshot.ChatLog);
        if (!logUnknown && next.Events.SequenceEqual(log.Events) && next.ChatLog.SequenceEqual(log.ChatLog))
        {
            return;
        }

        logRow.State = OceanParts.ToBytes(next);
        logUnknown = true;
        await PartAsync(OceanParts.Log, logRow).ConfigureAwait(true);
        logUnknown = false;
        log = next;
    }

    /// <summary>
    /// Writes a row other than the core. If that fails, what the row holds is no longer known for sure: the next core
    /// is written whole (read without the other rows), and the rows are written afresh before the core is split again.
    /// A bucket whose write failed keeps an entry no state has, so it always differs.
    /// </summary>
    private async Task PartAsync(string stateName, GrainState<byte[]> row)
    {
        var done = false;
        try
        {
            await storage.WriteStateAsync(stateName, grainId, row).ConfigureAwait(true);
            done = true;
        }
        finally
        {
            if (!done)
            {
                coreUnknown = true;
                for (var b = 0; b < OceanParts.Buckets; b++)
                {
                    if (ReferenceEquals(row, bucketRows[b]))
                    {
                        buckets[b] = new(StringComparer.Ordinal) { [Unknown] = default };
                    }
                }
            }
        }
    }

    private static PlayerBucket Bucket(Dictionary<string, Kept> players) => new(
        players.Where(p => p.Value.Joined is not null).ToDictionary(p => p.Key, p => p.Value.Joined!.Value, StringComparer.Ordinal),
        [.. players.Values.Select(k => k.Player).OrderBy(p => p.JoinOrder)]);

    private static Dictionary<string, Kept> Players(OceanRecord record) => record.Snapshot.Players.ToDictionary(
        p => p.Id, p => new Kept(p, record.Joined.TryGetValue(p.Id, out var at) ? at : null), StringComparer.Ordinal);

    /// <summary>A player as a row holds it: its state and its join time, if known.</summary>
    private readonly record struct Kept(PlayerState Player, DateTimeOffset? Joined);
}

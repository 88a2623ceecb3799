using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mocean.Ocean.State;

namespace Mocean.OceanHosting;

/// <summary>
/// The rows an ocean's state is stored in, all under the ocean's grain id, each one JSON text. <c>ocean</c> is the
/// core: the record (<see cref="OceanRecord"/>: the engine's snapshot and join times) of everything but what the other
/// rows hold, and, when it is split, an <c>"Apart"</c> object. Without <c>"Apart"</c> (every row written before the
/// split, and a whole write) the core is the whole ocean and the other rows are not read. With it, the players are in
/// <see cref="Buckets"/> rows <c>ocean.players.NN</c> (a player's bucket is a hash of its id) and the event feed and chat
/// log in <c>ocean.log</c>; the core then also holds whatever changed since those rows were written (players, removed
/// ids, new events and chat lines), which overrides them. Those rows are only ever written from a state whose core is
/// already stored, so the core alone decides what a load sees: the state of one write, never a mixture.
/// </summary>
public static class OceanParts
{
    /// <summary>The core's state name (the one an ocean has always had).</summary>
    public const string Core = "ocean";

    /// <summary>The event feed and chat log's state name.</summary>
    public const string Log = "ocean.log";

    /// <summary>How many player rows an ocean has (fixed: it is part of the stored form).</summary>
    public const int Buckets = 32;

    public static string Bucket(int index) => $"ocean.players.{index:D2}";

    /// <summary>The bucket of a player: FNV-1a of its id, the same in every process.</summary>
    public static int BucketOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Buckets);
    }

    public static byte[] CoreBytes(OceanRecord record, OceanApart? apart)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            record.WriteProperties(json);
            if (apart is not null)
            {
                json.WritePropertyName("Apart");
                JsonSerializer.Serialize(json, apart, OceanPartsJson.Default.OceanApart);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a core row of any form; <c>Apart</c> is null when it is the whole ocean. Malformed: <see cref="JsonException"/>.</summary>
    public static (OceanRecord Record, OceanApart? Apart) ReadCore(byte[] payload)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var record = OceanRecord.From(root, payload);
        var apart = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Apart", out var split)
            ? split.Deserialize(OceanPartsJson.Default.OceanApart) is { Removed: not null } read ? read : throw new JsonException("Apart needs its Removed")
            : null;
        return (record, apart);
    }

    public static byte[] ToBytes(PlayerBucket bucket) => JsonSerializer.SerializeToUtf8Bytes(bucket, OceanPartsJson.Default.PlayerBucket);

    public static byte[] ToBytes(OceanLog log) => JsonSerializer.SerializeToUtf8Bytes(log, OceanPartsJson.Default.OceanLog);

    public static PlayerBucket ReadBucket(byte[] payload) =>
        JsonSerializer.Deserialize(payload, OceanPartsJson.Default.PlayerBucket) is { Joined: not null, Players: not null } bucket
            ? bucket : throw new JsonException("a bucket of players needs its Joined and Players");

    public static OceanLog ReadLog(byte[] payload) =>
        JsonSerializer.Deserialize(payload, OceanPartsJson.Default.OceanLog) is { Events: not null, ChatLog: not null } log
            ? log : throw new JsonException("an ocean's log needs its Events and ChatLog");

    /// <summary>
    /// The whole ocean from its rows as a grain loads it (<paramref name="row"/> gives a row's bytes by state name, or
    /// null); null when it has no core. A row that cannot be read throws <see cref="JsonException"/>.
    /// </summary>
    public static OceanRecord? Load(Func<string, byte[]?> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row(Core) is not { } core)
        {
            return null;
        }

        var (record, apart) = ReadCore(core);
        if (apart is null)
        {
            return record;
        }

        var log = row(Log) is { } logged ? ReadLog(logged) : new OceanLog(0, [], []);
        var buckets = Enumerable.Range(0, Buckets).Select(b => row(Bucket(b))).OfType<byte[]>().Select(ReadBucket).ToList();
        return Assemble(record, apart, log, buckets);
    }

    /// <summary>The whole ocean from a split core and its other rows (see the type's summary).</summary>
    public static OceanRecord Assemble(OceanRecord core, OceanApart apart, OceanLog log, IEnumerable<PlayerBucket> buckets)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(apart);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(buckets);
        var removed = apart.Removed.ToHashSet(StringComparer.Ordinal);
        var players = new Dictionary<string, PlayerState>(StringComparer.Ordinal);
        var joined = ImmutableDictionary.CreateBuilder<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var bucket in buckets)
        {
            foreach (var player in bucket.Players.Where(p => !removed.Contains(p.Id)))
            {
                players[player.Id] = player;
                if (bucket.Joined.TryGetValue(player.Id, out var at))
                {
                    joined[player.Id] = at;
                }
            }
        }

        foreach (var player in core.Snapshot.Players)
        {
            players[player.Id] = player;
            if (core.Joined.TryGetValue(player.Id, out var at))
            {
                joined[player.Id] = at;
            }
        }

        // The log row is the one the core's new lines follow, or the next one, written from this very state after the
        // core (then it holds them already); a core marked stale holds the whole feed and log itself.
        var snapshot = core.Snapshot;
        var after = apart.LogStale ? new OceanLog(0, [], []) : log;
        var (events, chat) = !apart.LogStale && log.Version == apart.LogVersion + 1
            ? (log.Events, log.ChatLog)
            : (Merge(after.Events, snapshot.Events, snapshot.Settings.EventLogSize), Merge(after.ChatLog, snapshot.ChatLog, snapshot.Settings.ChatLogSize));
        return new OceanRecord(
            snapshot with { Players = [.. players.Values.OrderBy(p => p.JoinOrder)], Events = events, ChatLog = chat },
            joined.ToImmutable());
    }

    /// <summary>A bounded feed as it is after <paramref name="added"/> followed <paramref name="stored"/>.</summary>
    public static IReadOnlyList<T> Merge<T>(IReadOnlyList<T> stored, IReadOnlyList<T> added, int capacity) =>
        [.. stored.Concat(added).TakeLast(Math.Max(0, capacity))];

    /// <summary>What <paramref name="now"/> holds after the last entry of <paramref name="stored"/>; null when that entry is gone.</summary>
    public static IReadOnlyList<T>? AddedSince<T>(IReadOnlyList<T> stored, IReadOnlyList<T> now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(now);
        if (stored.Count == 0)
        {
            return now;
        }

        for (var i = now.Count - 1; i >= 0; i--)
        {
            if (EqualityComparer<T>.Default.Equals(now[i], stored[^1]))
            {
                return [.. now.Skip(i + 1)];
            }
        }

        return null;
    }
}

/// <summary>One bucket's players and their join times.</summary>
public sealed record PlayerBucket(IReadOnlyDictionary<string, DateTimeOffset> Joined, IReadOnlyList<PlayerState> Players);

/// <summary>The ocean's event feed and chat log as last written apart; each write numbers it one more.</summary>
public sealed record OceanLog(long Version, IReadOnlyList<OceanEvent> Events, IReadOnlyList<ChatLogEntry> ChatLog);

/// <summary>
/// A split core's own part: how many buckets, the players removed since their bucket was written, the version of the
/// log row its new events and chat lines follow, and whether that row is out of date (the core then holds the whole
/// feed and chat log).
/// </summary>
public sealed record OceanApart(
    int Buckets,
    IReadOnlyList<string> Removed,
    long LogVersion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool LogStale = false);

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(PlayerBucket))]
[JsonSerializable(typeof(OceanLog))]
[JsonSerializable(typeof(OceanApart))]
internal sealed partial class OceanPartsJson : JsonSerializerContext;

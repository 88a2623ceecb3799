using Mocean.Research;
using Mocean.Research.Store;

namespace Mocean.Server.Research;

/// <summary>
/// Replies of the teaching API kept in memory, since a data set changes only when an ingest publishes it again.
/// A reply is keyed by its route, the data set's published version and the normalised query; only whole 200
/// replies are kept (refusals are always answered afresh), the least recently used go first when the cache
/// holds more than <see cref="MaxEntries"/> replies or <see cref="MaxBytes"/> bytes, and republishing a data
/// set drops its replies.
/// </summary>
public sealed class TeachingReplies
{
    public const int MaxEntries = 4096;
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>A larger reply is answered but not kept (a whole month of sensors would crowd out the class's profiles).</summary>
    public const int MaxReplyBytes = 4 * 1024 * 1024;

    private readonly int maxEntries;
    private readonly long maxBytes;
    private readonly int maxReplyBytes;
    private readonly Lock gate = new();
    private readonly Dictionary<ReplyKey, LinkedListNode<Entry>> map = [];
    private readonly LinkedList<Entry> recent = new();
    private long bytes;

    public TeachingReplies(DataService data)
        : this(data, MaxEntries, MaxBytes, MaxReplyBytes)
    {
    }

    public TeachingReplies(DataService data, int maxEntries, long maxBytes, int maxReplyBytes)
    {
        ArgumentNullException.ThrowIfNull(data);
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.maxReplyBytes = maxReplyBytes;
        data.Published += Drop;
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return map.Count;
            }
        }
    }

    public long Bytes
    {
        get
        {
            lock (gate)
            {
                return bytes;
            }
        }
    }

    /// <summary>The kept reply for <paramref name="key"/>, or the one <paramref name="build"/> makes (kept when it is small enough).</summary>
    public byte[] GetOrAdd(ReplyKey key, Func<byte[]> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        lock (gate)
        {
            if (map.TryGetValue(key, out var node))
            {
                recent.Remove(node);
                recent.AddFirst(node);
                return node.Value.Body;
            }
        }

        var body = build();
        if (body.Length <= maxReplyBytes)
        {
            Add(key, body);
        }

        return body;
    }

    /// <summary>Forgets every reply of data set <paramref name="dataset"/>.</summary>
    public void Drop(string dataset)
    {
        lock (gate)
        {
            for (var node = recent.First; node is not null;)
            {
                var next = node.Next;
                if (string.Equals(node.Value.Key.Dataset, dataset, StringComparison.Ordinal))
                {
                    Remove(node);
                }

                node = next;
            }
        }
    }

    private void Add(ReplyKey key, byte[] body)
    {
        lock (gate)
        {
            if (map.TryGetValue(key, out var old))
            {
                Remove(old);
            }

            var node = recent.AddFirst(new Entry(key, body));
            map[key] = node;
            bytes += body.Length;
            while (map.Count > maxEntries || bytes > maxBytes)
            {
                Remove(recent.Last!);
            }
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        recent.Remove(node);
        map.Remove(node.Value.Key);
        bytes -= node.Value.Body.Length;
    }

    private sealed record Entry(ReplyKey Key, byte[] Body);
}

/// <summary>What a teaching reply depends on: the route, the data set as published (id, build time, rows) and the normalised query.</summary>
public readonly record struct ReplyKey(string Route, string Dataset, long Version, long Rows, string Query)
{
    public static ReplyKey For(string route, StoredDataset stored, string query)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(route, stored.Descriptor.Id, stored.BuiltAt.UtcTicks, stored.Rows, query);
    }
}

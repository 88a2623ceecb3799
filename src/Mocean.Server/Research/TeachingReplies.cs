using Mocean.Research;
using Mocean.Research.Store;
using Mocean.Server.Protocol;

namespace Mocean.Server.Research;

/// <summary>
/// Replies of the teaching API kept in memory, since a data set changes only when an ingest publishes it again.
/// A reply is keyed by its route, the data set's published version and the normalised query; only whole 200
/// replies are kept (refusals are always answered afresh), the least recently used go first when the cache
/// holds more than <see cref="MaxEntries"/> replies or <see cref="MaxBytes"/> bytes, and republishing a data
/// set drops its replies. Requests that miss the same key together share one build (a class asking at once
/// queries the store once).
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
    private readonly Dictionary<ReplyKey, Flight> flights = [];
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

    /// <summary>
    /// The kept reply for <paramref name="key"/>, or the one <paramref name="build"/> makes (kept when it is small enough).
    /// While a build of the key runs, other callers wait for its reply instead of building. If that build is cancelled
    /// (its request went away), a waiter builds or joins a new build itself; if it is refused, each waiter builds its
    /// own refusal (a refusal names what its request sent); any other failure reaches every waiter.
    /// <paramref name="cancel"/> ends only this caller's wait.
    /// </summary>
    public async Task<byte[]> GetOrAddAsync(ReplyKey key, Func<byte[]> build, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(build);
        while (true)
        {
            Flight? flight;
            var lead = false;
            lock (gate)
            {
                if (map.TryGetValue(key, out var node))
                {
                    recent.Remove(node);
                    recent.AddFirst(node);
                    return node.Value.Body;
                }

                if (!flights.TryGetValue(key, out flight))
                {
                    flights.Add(key, flight = new Flight(key));
                    lead = true;
                }
            }

            if (lead)
            {
                return Lead(flight, build);
            }

            try
            {
                return await flight.Reply.Task.WaitAsync(cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                // The builder's request went away while this one is still here: look again.
            }
            catch (ProtocolException)
            {
                return build();
            }
        }
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

            // A build still running began on the data set as it was (its key names that version, which
            // new requests no longer ask for): its reply goes to its waiters but is not kept.
            foreach (var flight in flights.Values.Where(f => string.Equals(f.Key.Dataset, dataset, StringComparison.Ordinal)))
            {
                flight.Dropped = true;
            }
        }
    }

    private byte[] Lead(Flight flight, Func<byte[]> build)
    {
        byte[] body;
        try
        {
            body = build();
        }
        catch (Exception failure)
        {
            Land(flight, null);
            flight.Reply.SetException(failure);
            _ = flight.Reply.Task.Exception; // observed here, whether or not anyone waited
            throw;
        }

        Land(flight, body);
        flight.Reply.SetResult(body);
        return body;
    }

    /// <summary>Ends <paramref name="flight"/> and keeps its reply, if any, when it is small enough and still current.</summary>
    private void Land(Flight flight, byte[]? body)
    {
        lock (gate)
        {
            flights.Remove(flight.Key);
            if (body is not null && body.Length <= maxReplyBytes && !flight.Dropped)
            {
                Add(flight.Key, body);
            }
        }
    }

    private void Add(ReplyKey key, byte[] body)
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

    private void Remove(LinkedListNode<Entry> node)
    {
        recent.Remove(node);
        map.Remove(node.Value.Key);
        bytes -= node.Value.Body.Length;
    }

    private sealed record Entry(ReplyKey Key, byte[] Body);

    /// <summary>A build in progress; <see cref="Dropped"/> is read and written under the gate.</summary>
    private sealed class Flight(ReplyKey key)
    {
        public ReplyKey Key { get; } = key;

        public TaskCompletionSource<byte[]> Reply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Dropped { get; set; }
    }
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

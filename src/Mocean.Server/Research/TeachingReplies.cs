using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Caching.Hybrid;
using Mocean.Research;
using Mocean.Research.Store;

namespace Mocean.Server.Research;

/// <summary>
/// Replies of the teaching API kept in memory (<see cref="HybridCache"/>), since a data set changes only when an ingest
/// publishes it again. A reply is keyed by its route, the data set as published and the normalised query, and tagged
/// with the data set: publishing it again evicts the tag and moves its replies to a new generation of keys, so a reply
/// built from the data set as it was, even one still being built meanwhile, is never served after. Requests that miss
/// the same key together share one build (a class asking at once queries the store once), which goes on while any of
/// them still waits. A reply over <see cref="MaxReplyBytes"/> is answered but not kept, and the kept replies hold at
/// most <see cref="MaxBytes"/> (the least recently used go first).
/// </summary>
public sealed class TeachingReplies
{
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>A larger reply is answered but not kept (a whole month of sensors would crowd out the class's profiles).</summary>
    public const int MaxReplyBytes = 4 * 1024 * 1024;

    private static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = TimeSpan.FromDays(1),
        LocalCacheExpiration = TimeSpan.FromDays(1),
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    private readonly HybridCache cache;
    private readonly ConcurrentDictionary<string, long> generations = new(StringComparer.Ordinal);

    public TeachingReplies(DataService data, HybridCache cache)
    {
        ArgumentNullException.ThrowIfNull(data);
        this.cache = cache;
        data.Published += Drop;
    }

    /// <summary>
    /// The kept reply for <paramref name="key"/>, or the one <paramref name="build"/> makes. The build is given a token that
    /// ends only when every request waiting for it has gone; <paramref name="cancel"/> ends only this caller's wait. A
    /// failed build reaches every waiter and is not kept.
    /// </summary>
    public async Task<byte[]> GetOrAddAsync(ReplyKey key, Func<CancellationToken, Task<byte[]>> build, CancellationToken cancel)
    {
        var text = key.Text(generations.GetValueOrDefault(key.Dataset));
        var reply = await cache.GetOrCreateAsync(text, build, static (make, token) => new ValueTask<byte[]>(make(token)),
            Entry, [key.Dataset], cancel).ConfigureAwait(false);
        if (reply.Length > MaxReplyBytes)
        {
            // The cache keeps what it could not measure too; a reply this large is not to be kept.
            await cache.RemoveAsync(text, CancellationToken.None).ConfigureAwait(false);
        }

        return reply;
    }

    /// <summary>Forgets every reply of data set <paramref name="dataset"/>, kept or still being built.</summary>
    public void Drop(string dataset)
    {
        generations.AddOrUpdate(dataset, 1, (_, generation) => generation + 1);
        cache.RemoveByTagAsync(dataset).AsTask().GetAwaiter().GetResult(); // in memory: done at once
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

    /// <summary>The cache's key for this reply in <paramref name="generation"/> of its data set.</summary>
    public string Text(long generation) => string.Create(CultureInfo.InvariantCulture, $"{Route}|{Dataset}|{Version}|{Rows}|{generation}|{Query}");
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Mocean.Ocean.Recording;
using Mocean.OceanHosting;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Store;

namespace Mocean.Server.Recording;

/// <summary>
/// Writes the oceans' records into their data sets: each ocean's grain hands over what its engine recorded four times a
/// second (<see cref="Take"/>), and this service appends it to the store as often, so a query sees rows about half a
/// second old at most and a kill loses at most that (bench/record_latency.py measures it). Once a minute it drops rows past the
/// retention settings (oldest first). It also keeps each record's public view (what students read) as the teacher set it.
/// </summary>
public sealed partial class GameRecorder(
    DataService data,
    IOptions<RecordingOptions> options,
    IOptions<StoreOptions> server,
    MoceanClock clock,
    ILogger<GameRecorder> logger) : BackgroundService, IOceanRecorder
{
    /// <summary>How often pending records reach the store.</summary>
    public static readonly TimeSpan FlushPeriod = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentQueue<(string Ocean, ulong Seed, RecordBatch Batch)> pending = new();
    private readonly ConcurrentDictionary<string, ulong> published = new(StringComparer.Ordinal);
    private readonly Lock writing = new();
    private readonly VisibilityFile visibility = new(server.Value.DataPath, options.Value.Public);
    private DateTimeOffset nextTrim;
    private volatile bool stopped;

    /// <summary>Whether students may read a record at all while the server runs (the setting, or the teacher's choice per ocean).</summary>
    public Visibility VisibilityOf(string ocean) => visibility.Of(ocean);

    public bool Recording => options.Value.Recording;

    public TimeSpan TrackPeriod => options.Value.TrackPeriod;

    /// <summary>An ocean's grain hands over what its engine recorded (and the ocean's seed, which the data sets' metadata shows).</summary>
    public void Take(string ocean, ulong seed, RecordBatch batch)
    {
        if (batch.IsEmpty && published.TryGetValue(ocean, out var known) && known == seed)
        {
            return;
        }

        pending.Enqueue((ocean, seed, batch));
        if (stopped)
        {
            Flush();
        }
    }

    /// <summary>The teacher's choice of what students may read of an ocean's record; kept in the data directory.</summary>
    public void SetVisibility(string ocean, Visibility chosen)
    {
        visibility.Set(ocean, chosen);
        lock (writing)
        {
            if (published.TryGetValue(ocean, out var seed))
            {
                DefineViews(ocean, seed);
            }
        }
    }

    /// <summary>
    /// The table or view a reader of <paramref name="dataset"/> gets: null (the data set itself) for the teacher and for data
    /// sets that are not a game's record, else the public view.
    /// </summary>
    public static string? ViewFor(StoredDataset dataset, bool teacher) =>
        !teacher && IsRecord(dataset.Descriptor) ? GameRecordSets.PublicView(dataset.Descriptor.Id) : null;

    public static bool IsRecord(DatasetDescriptor descriptor) =>
        descriptor.SourceUrl == GameRecordSets.Source && descriptor.Id.StartsWith(GameRecordSets.Prefix, StringComparison.Ordinal);

    /// <summary>Writes everything pending now.</summary>
    public void Flush()
    {
        lock (writing)
        {
            var batches = new List<(string Ocean, ulong Seed, RecordBatch Batch)>();
            while (pending.TryDequeue(out var item))
            {
                batches.Add(item);
            }

            foreach (var ocean in batches.GroupBy(b => b.Ocean, StringComparer.Ordinal))
            {
                var seed = ocean.Last().Seed;
                var now = clock.GetUtcNow();
                var fresh = !published.TryGetValue(ocean.Key, out var known) || known != seed;
                if (fresh)
                {
                    // Before the first row is published: no reader ever finds the data set without its public view.
                    DefineViews(ocean.Key, seed);
                }

                var events = ocean.SelectMany(b => b.Batch.Events).Select(GameRecordSets.Row).ToList();
                var tracks = ocean.SelectMany(b => b.Batch.Tracks).Select(GameRecordSets.Row).ToList();
                if (fresh || events.Count > 0)
                {
                    data.Append(GameRecordSets.Events(ocean.Key, seed), events, now);
                }

                if (fresh || tracks.Count > 0)
                {
                    data.Append(GameRecordSets.Tracks(ocean.Key, seed), tracks, now);
                }

                published[ocean.Key] = seed;
            }

            if (clock.GetUtcNow() >= nextTrim)
            {
                Trim();
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushPeriod);
        try
        {
            Safely(RedefineViews);
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                Safely(Flush);
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping: what grains hand over from now on is written at once.
        }
        finally
        {
            stopped = true;
            Safely(Flush);
        }
    }

    private void Safely(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is DuckDB.NET.Data.DuckDBException or IOException or DatasetException)
        {
            LogWriteFailed(logger, e.Message);
        }
    }

    /// <summary>Drops rows older than the days kept, and the oldest beyond the size kept (half of it for each data set).</summary>
    private void Trim()
    {
        var now = clock.GetUtcNow();
        nextTrim = now + TimeSpan.FromMinutes(1);
        var cutoff = (now - options.Value.KeepFor).UtcDateTime;
        foreach (var stored in data.Datasets.Where(d => IsRecord(d.Descriptor)))
        {
            var removed = data.Trim(stored.Descriptor, cutoff, options.Value.KeepRows / 2, now);
            if (removed > 0)
            {
                LogTrimmed(logger, stored.Descriptor.Id, removed);
            }
        }
    }

    /// <summary>At start: every record's public view follows the settings now (they may have changed since the last run).</summary>
    private void RedefineViews()
    {
        lock (writing)
        {
            foreach (var stored in data.Datasets.Where(d => IsRecord(d.Descriptor) && d.Descriptor.Id.EndsWith("_events", StringComparison.Ordinal)))
            {
                var id = stored.Descriptor.Id;
                var ocean = id[GameRecordSets.Prefix.Length..^"_events".Length];
                if (data.Find(GameRecordSets.TracksId(ocean)) is not null)
                {
                    DefineViews(ocean, 0);
                }
            }
        }
    }

    /// <summary>What students read: rows of rounds that are over (and outside rounds), everything, or nothing; never a line said.</summary>
    private void DefineViews(string ocean, ulong seed)
    {
        var events = GameRecordSets.Events(ocean, seed);
        var where = visibility.Of(ocean) switch
        {
            Visibility.All => "true",
            Visibility.None => "false",
            _ => $"round = 0 OR round IN (SELECT round FROM \"{events.TableName}\" WHERE kind IN ('{RecordKinds.RoundOver}', '{RecordKinds.RoundEnded}'))",
        };
        data.Store.DefineView(GameRecordSets.PublicView(events.Id), events, where, ["text"]);
        var tracks = GameRecordSets.Tracks(ocean, seed);
        data.Store.DefineView(GameRecordSets.PublicView(tracks.Id), tracks, where, []);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the game record failed: {Reason}; trying again in a second")]
    private static partial void LogWriteFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Game record {Dataset}: dropped {Rows} rows past the retention settings")]
    private static partial void LogTrimmed(ILogger logger, string dataset, long rows);
}

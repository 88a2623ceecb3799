using Mocean.Research.Catalog;
using Mocean.Research.Ingest;
using Mocean.Research.Store;

namespace Mocean.Research.Tests;

public sealed class RepublishWhileReadingTests : IDisposable
{
    /// <summary>How long a republish or a snapshot may take before the test says it waited for the running query.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    private readonly TempStore store = new();

    [Fact]
    public void ADataSetIsRepublishedWhileAQueryStillReadsIt()
    {
        store.Service.PublishMissing([SampleDatasets.PeriodicTable()], null);
        using (var reading = store.Service.Store.Query("SELECT * FROM ds_periodic_table", [], CancellationToken.None))
        {
            Assert.True(reading.Reader.Read());
            store.Service.Add(SampleDatasets.PeriodicTable());
            Assert.True(reading.Reader.Read());
        }

        Assert.Equal(118, store.Count("SELECT count(*) FROM ds_periodic_table"));
    }

    [Fact]
    public async Task ADataSetIsRepublishedWhileAnotherQueryRuns()
    {
        store.Service.PublishMissing([SampleDatasets.PeriodicTable()], null);
        var before = store.Service.Find("periodic_table")!;
        using var stop = new CancellationTokenSource();
        using (var running = Endless(stop.Token))
        {
            // Its first row is out and nearly all are still to come: the query is running now.
            Assert.True(running.Reader.Read());

            var report = await Republish();

            Assert.True(running.Reader.Read());
            Assert.Equal(118, report.Rows);
            await stop.CancelAsync();
        }

        Assert.NotSame(before, store.Service.Find("periodic_table"));
        Assert.Equal(118, store.Count("SELECT count(*) FROM ds_periodic_table"));
    }

    [Fact]
    public async Task ASnapshotIsTakenWhileAnotherQueryRunsAndHoldsEveryPublishedDataSet()
    {
        store.Service.PublishMissing([SampleDatasets.PeriodicTable()], null);
        await Republish();
        var copy = Path.Combine(store.Folder, "snapshot.duckdb");
        using var stop = new CancellationTokenSource();
        using (var running = Endless(stop.Token))
        {
            Assert.True(running.Reader.Read());

            // A republish while the query runs leaves its change in the log (the checkpoint waits); the snapshot still has it.
            await Republish();
            await Task.Run(() => store.Service.Store.SnapshotTo(copy)).WaitAsync(Bound);

            Assert.True(running.Reader.Read());
            await stop.CancelAsync();
        }

        using var restored = new DataService(new DuckStore(copy), TimeProvider.System);
        Assert.Equal(["periodic_table"], restored.Store.Datasets().Select(d => d.Descriptor.Id));
        Assert.Equal(118, restored.Store.Count("SELECT count(*) FROM ds_periodic_table", [], CancellationToken.None));
    }

    /// <summary>A streaming query of the table whose rows never end (a hundred billion of them), read one at a time.</summary>
    private QueryResult Endless(CancellationToken cancel) => store.Service.Store.Query(
        "SELECT a.AtomicNumber FROM ds_periodic_table a, range(100000000000) b WHERE a.AtomicNumber = b.range % 200", [], cancel, streaming: true);

    /// <summary>Publishes the table again, failing (not hanging) if that waits for a running query.</summary>
    private Task<IngestReport> Republish() => Task.Run(() => store.Service.Add(SampleDatasets.PeriodicTable())).WaitAsync(Bound);

    public void Dispose() => store.Dispose();
}

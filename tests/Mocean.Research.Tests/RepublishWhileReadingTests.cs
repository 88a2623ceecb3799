using Mocean.Research.Catalog;
using Mocean.Research.Store;

namespace Mocean.Research.Tests;

public sealed class RepublishWhileReadingTests : IDisposable
{
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
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120)); // the test stops the query itself; this bounds a hang
        var running = Task.Run(() => store.Service.Store.Count(
            "SELECT count(*) FROM ds_periodic_table a, range(100000000000) b WHERE a.AtomicNumber = b.range % 200", [], stop.Token));
        await Task.Delay(300);

        var report = store.Service.Add(SampleDatasets.PeriodicTable());

        Assert.False(running.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(120)));
        Assert.Equal(118, report.Rows);
        Assert.NotSame(before, store.Service.Find("periodic_table"));
        Assert.Equal(118, store.Count("SELECT count(*) FROM ds_periodic_table"));
    }

    [Fact]
    public async Task ASnapshotIsTakenWhileAnotherQueryRunsAndHoldsEveryPublishedDataSet()
    {
        store.Service.PublishMissing([SampleDatasets.PeriodicTable()], null);
        store.Service.Add(SampleDatasets.PeriodicTable());
        var copy = Path.Combine(store.Folder, "snapshot.duckdb");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120)); // the test stops the query itself; this bounds a hang
        var running = Task.Run(() => store.Service.Store.Count(
            "SELECT count(*) FROM ds_periodic_table a, range(100000000000) b WHERE a.AtomicNumber = b.range % 200", [], stop.Token));
        await Task.Delay(300);

        // A republish while the query runs leaves its change in the log (the checkpoint waits); the snapshot still has it.
        store.Service.Add(SampleDatasets.PeriodicTable());
        store.Service.Store.SnapshotTo(copy);
        Assert.False(running.IsCompleted);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(120)));
        using var restored = new DataService(new DuckStore(copy), TimeProvider.System);
        Assert.Equal(["periodic_table"], restored.Store.Datasets().Select(d => d.Descriptor.Id));
        Assert.Equal(118, restored.Store.Count("SELECT count(*) FROM ds_periodic_table", [], CancellationToken.None));
    }

    public void Dispose() => store.Dispose();
}

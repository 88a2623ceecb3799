using Mocean.Research.Catalog;

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
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var running = Task.Run(() => store.Service.Store.Count(
            "SELECT count(*) FROM ds_periodic_table a, range(100000000) b WHERE a.AtomicNumber = b.range % 200", [], stop.Token));
        await Task.Delay(300);

        var report = store.Service.Add(SampleDatasets.PeriodicTable());

        Assert.False(running.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(118, report.Rows);
        Assert.NotSame(before, store.Service.Find("periodic_table"));
        Assert.Equal(118, store.Count("SELECT count(*) FROM ds_periodic_table"));
    }

    public void Dispose() => store.Dispose();
}

using Mocean.Research.Catalog;
using Mocean.Research.Query;

namespace Mocean.Research.Tests;

/// <summary>
/// A stop that comes before the database has begun the query (a client that left at once, a time-out already
/// spent) still stops it: DuckDB forgets an interrupt sent before a query starts, so the store keeps sending it.
/// Each query here would run for minutes; before the fix each ran to its end.
/// </summary>
public sealed class StopBeforeStartTests : IDisposable
{
    private const string Endless = "SELECT count(*) FROM ds_periodic_table a, range(100000000000) b WHERE a.AtomicNumber = b.range % 200";
    private readonly TempStore store = new();

    public StopBeforeStartTests() => store.Service.PublishMissing([SampleDatasets.PeriodicTable()], null);

    [Fact]
    public async Task ACountStoppedBeforeItStartsStops()
    {
        var stopped = new CancellationToken(canceled: true);
        var count = Task.Run(() => store.Service.Store.Count(Endless, [], stopped));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => count.WaitAsync(TimeSpan.FromSeconds(120)));
        Assert.Equal(118, store.Count("SELECT count(*) FROM ds_periodic_table"));
    }

    [Fact]
    public async Task AReadStoppedBeforeItStartsStops()
    {
        var stopped = new CancellationToken(canceled: true);
        var read = Task.Run(() =>
        {
            using var result = store.Service.Store.Query(Endless, [], stopped, streaming: true);
            return result.Reader.Read();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read.WaitAsync(TimeSpan.FromSeconds(120)));
    }

    [Fact]
    public async Task AParquetExportStoppedBeforeItStartsStopsAndWritesNothing()
    {
        var path = Path.Combine(store.Folder, "stopped.parquet");
        var stopped = new CancellationToken(canceled: true);
        var export = Task.Run(() => store.Service.Store.ExportParquet(Endless, [], path, stopped));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => export.WaitAsync(TimeSpan.FromSeconds(120)));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void AParquetExportTheDatabaseRefusesIsARefusalWithOneLine()
    {
        var path = Path.Combine(store.Folder, "refused.parquet");

        var refusal = Assert.Throws<QueryException>(() => store.Service.Store.ExportParquet(
            "SELECT Symbol FROM ds_periodic_table WHERE regexp_full_match(Symbol, $1)", ["("], path, CancellationToken.None));

        Assert.Equal(400, refusal.Status);
        Assert.StartsWith("Query error: the database refused the query: ", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refusal.Message);
    }

    public void Dispose() => store.Dispose();
}

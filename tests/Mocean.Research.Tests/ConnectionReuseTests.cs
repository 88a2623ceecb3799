using Mocean.Research.Catalog;

namespace Mocean.Research.Tests;

public sealed class ConnectionReuseTests : IDisposable
{
    private readonly TempStore store = new();

    [Fact]
    public void QueriesAfterAStoppedQueryAndARefusedOneAnswerInFull()
    {
        store.Service.PublishMissing([SampleDatasets.PeriodicTable()], null);
        using (var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
        {
            Assert.Throws<OperationCanceledException>(() => store.Service.Store.Count("SELECT count(*) FROM range(100000000) a, range(1000) b WHERE a.range % 7 = b.range", [], stop.Token));
        }

        Assert.ThrowsAny<Exception>(() => store.Count("SELECT count(*) FROM ds_periodic_table WHERE regexp_full_match(Symbol, $1)", "("));
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(118, store.Count("SELECT count(*) FROM ds_periodic_table"));
            using var result = store.Service.Store.Query("SELECT Symbol FROM ds_periodic_table WHERE AtomicNumber = $1", [2L], CancellationToken.None);
            Assert.True(result.Reader.Read());
            Assert.Equal("He", result.Reader.GetString(0));
        }
    }

    public void Dispose() => store.Dispose();
}

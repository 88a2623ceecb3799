using Mocean.Research.Catalog;
using Mocean.Research.Formats;

namespace Mocean.Research.Tests;

public sealed class WarmerTests : IDisposable
{
    private readonly TempStore store = new();

    [Fact]
    public async Task WarmingReadsEveryDataSetAndLeavesItAsPublished()
    {
        store.Service.PublishMissing(SampleDatasets.All(), null);
        var before = store.Service.Datasets.Select(d => (d.Descriptor.Id, store.Count($"SELECT count(*) FROM \"{d.Descriptor.TableName}\""))).ToList();

        await Warmer.WarmAsync(store.Service, CancellationToken.None);

        Assert.Equal(before, store.Service.Datasets.Select(d => (d.Descriptor.Id, store.Count($"SELECT count(*) FROM \"{d.Descriptor.TableName}\""))).ToList());
        Assert.Equal(3, before.Count);
    }

    [Fact]
    public async Task WarmingStopsWhenTheServerStops()
    {
        store.Service.PublishMissing(SampleDatasets.All(), null);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Warmer.WarmAsync(store.Service, stopping.Token));
    }

    public void Dispose() => store.Dispose();
}

using System.Collections.Immutable;
using Mocean.Grains;
using Orleans.Storage;

namespace Mocean.OceanHosting;

/// <summary>The oceans a teacher created (and <c>main</c> once reset with a new seed), with their seeds; written behind.</summary>
public sealed class OceanRegistryGrain(
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    IHostApplicationLifetime lifetime,
    ILogger<OceanRegistryGrain> logger) : Grain, IOceanRegistryGrain
{
    private WriteBehind<ImmutableDictionary<string, ulong>> persisted = null!;
    private ImmutableDictionary<string, ulong> oceans = ImmutableDictionary<string, ulong>.Empty;
    private CancellationTokenRegistration stopTimers;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        persisted = new WriteBehind<ImmutableDictionary<string, ulong>>(storage, "oceans", this.GetGrainId(), logger);
        oceans = await persisted.LoadAsync() ?? ImmutableDictionary<string, ulong>.Empty;
        stopTimers = lifetime.DisposeWhenStopping(persisted.Start(this));
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        stopTimers.Dispose();
        return persisted.FlushAsync();
    }

    public Task<ImmutableDictionary<string, ulong>> All() => Task.FromResult(oceans);

    public Task<ulong?> SeedOf(string ocean) =>
        Task.FromResult(oceans.TryGetValue(ocean, out var seed) ? seed : (ulong?)null);

    public async Task Put(string ocean, ulong seed)
    {
        var before = oceans;
        oceans = oceans.SetItem(ocean, seed);
        persisted.Changed(oceans);

        // A new ocean must survive a kill right after its creation: write now, not a second later. When the write
        // fails (a full disk, the cluster's store out of reach) the teacher is told nothing changed: so nothing has,
        // and the next tick does not write the ocean after all.
        try
        {
            await persisted.FlushAsync();
        }
        catch
        {
            oceans = before;
            persisted.Changed(oceans);
            throw;
        }
    }
}

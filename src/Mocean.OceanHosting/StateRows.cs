using Orleans.Storage;

namespace Mocean.OceanHosting;

/// <summary>
/// Where a <see cref="WriteBehind{TState}"/> keeps its grain's state: loaded once at activation, then written with each
/// change. Most states are one row (<see cref="OneRow{TState}"/>); an ocean's is split over several
/// (<see cref="OceanRows"/>), so that a write carries what changed.
/// </summary>
public interface IStateRows<TState>
    where TState : class
{
    /// <summary>The stored state; null when there is none yet.</summary>
    Task<TState?> LoadAsync();

    /// <summary>Writes the state; throws <see cref="InconsistentStateException"/> when it was written elsewhere.</summary>
    Task WriteAsync(TState state);
}

/// <summary>A state as one row of the grain storage, under its state name.</summary>
public sealed class OneRow<TState>(IGrainStorage storage, string stateName, GrainId grainId) : IStateRows<TState>
    where TState : class
{
    private readonly GrainState<TState> stored = new();

    public async Task<TState?> LoadAsync()
    {
        await storage.ReadStateAsync(stateName, grainId, stored).ConfigureAwait(true);
        return stored.RecordExists ? stored.State : null;
    }

    public Task WriteAsync(TState state)
    {
        stored.State = state;
        return storage.WriteStateAsync(stateName, grainId, stored);
    }
}

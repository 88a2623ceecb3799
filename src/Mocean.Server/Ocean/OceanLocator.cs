using System.Collections.Concurrent;
using Mocean.Grains;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// Finds the ocean of a player id and the oceans that exist, with an in-process cache in front of the
/// directory and registry grains, so a player's request costs one grain call (the ocean's), not two.
/// An id leaves the cache on quit, removal, idle removal and reset; a stale entry is harmless anyway (the
/// ocean answers 404 for an id it does not know, and ids are never handed out twice).
/// </summary>
public sealed class OceanLocator(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, IOceanGrain> oceanOfId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IOceanGrain> grainOf = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> oceans = new(StringComparer.Ordinal) { [PlayerRoutes.DefaultOcean] = true };

    public IPlayerDirectoryGrain Directory => grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key);

    public IOceanRegistryGrain Registry => grains.GetGrain<IOceanRegistryGrain>(IOceanRegistryGrain.Key);

    public IOceanGrain Ocean(string name) => grainOf.GetOrAdd(name, static (key, factory) => factory.GetGrain<IOceanGrain>(key), grains);

    /// <summary>The ocean grain of the player with this id; a 404 when no player has it.</summary>
    public ValueTask<IOceanGrain> OceanOf(string id) =>
        oceanOfId.TryGetValue(id, out var ocean) ? ValueTask.FromResult(ocean) : FindAsync(id);

    private async ValueTask<IOceanGrain> FindAsync(string id)
    {
        var entry = await Directory.Find(id).ConfigureAwait(false) ?? throw PlayerRoutes.UnknownId(id);
        return oceanOfId[id] = Ocean(entry.Ocean);
    }

    public void Remember(string id, string ocean) => oceanOfId[id] = Ocean(ocean);

    public void Forget(string id) => oceanOfId.TryRemove(id, out _);

    /// <summary>True when the ocean exists (main always does; others once a teacher created them).</summary>
    public async ValueTask<bool> Exists(string ocean)
    {
        if (oceans.ContainsKey(ocean))
        {
            return true;
        }

        var all = await Registry.All().ConfigureAwait(false);
        foreach (var name in all.Keys)
        {
            oceans[name] = true;
        }

        return all.ContainsKey(ocean);
    }

    public void Created(string ocean) => oceans[ocean] = true;

    /// <summary>The value of an ocean's answer, or its fault as a 4xx.</summary>
    public static T Value<T>(OceanResult<T> result) =>
        result.Fault is { } fault ? throw new ProtocolException(fault.Status, fault.Message) : result.Value!;
}

using System.Collections.Concurrent;
using Mocean.Grains;
using Mocean.Ocean.Commands;

namespace Mocean.OceanHosting;

/// <summary>
/// Finds the ocean of a player id and the oceans that exist, with an in-process cache in front of the
/// directory and registry grains, so a player's request costs one grain call (the ocean's), not two.
/// An id leaves the cache on quit, removal, idle removal and reset; a stale entry is harmless anyway (the
/// ocean answers 404 for an id it does not know, and ids are never handed out twice).
/// It also knows the oceans whose grains are active in this process (their <see cref="OceanCell"/>s), so a
/// handler can execute a command there without a grain message (<see cref="ExecuteAsync{T}"/>).
/// </summary>
public sealed class OceanLocator(IGrainFactory grains)
{
    /// <summary>The ocean every server has, which a request without <c>ocean=</c> plays in.</summary>
    public const string DefaultOcean = "main";

    private readonly ConcurrentDictionary<string, string> oceanOfId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OceanCell> cells = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IOceanGrain> grainOf = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> oceans = new(StringComparer.Ordinal) { [DefaultOcean] = true };

    public IPlayerDirectoryGrain Directory => grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key);

    public IOceanRegistryGrain Registry => grains.GetGrain<IOceanRegistryGrain>(IOceanRegistryGrain.Key);

    public IOceanGrain Ocean(string name) => grainOf.GetOrAdd(name, static (key, factory) => factory.GetGrain<IOceanGrain>(key), grains);

    /// <summary>The name of the ocean of the player with this id; null when no player has it.</summary>
    public ValueTask<string?> OceanOf(string id) =>
        oceanOfId.TryGetValue(id, out var ocean) ? ValueTask.FromResult<string?>(ocean) : FindAsync(id);

    private async ValueTask<string?> FindAsync(string id) =>
        await Directory.Find(id).ConfigureAwait(false) is { } entry ? oceanOfId[id] = entry.Ocean : null;

    public void Remember(string id, string ocean) => oceanOfId[id] = ocean;

    public void Forget(string id) => oceanOfId.TryRemove(id, out _);

    /// <summary>The cell of an ocean whose grain is active in this process; null when it is not.</summary>
    public OceanCell? Local(string ocean) => cells.TryGetValue(ocean, out var cell) ? cell : null;

    /// <summary>An ocean's grain activated here: its cell is open to this process's handlers.</summary>
    public void Open(string ocean, OceanCell cell) => cells[ocean] = cell;

    /// <summary>An ocean's grain deactivates: its handlers go through the grain again.</summary>
    public void Close(string ocean, OceanCell cell) => cells.TryRemove(new KeyValuePair<string, OceanCell>(ocean, cell));

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

    /// <summary>Every ocean there is: <c>main</c> first, then the teacher's oceans (<paramref name="created"/>) by name.</summary>
    public static IEnumerable<string> Every(IEnumerable<string> created) =>
        created.Where(name => name != DefaultOcean).Order(StringComparer.Ordinal).Prepend(DefaultOcean);

    /// <summary>Every ocean there is, as the registry knows them (see <see cref="Every(IEnumerable{string})"/>).</summary>
    public async Task<IEnumerable<string>> EveryAsync() => Every((await Registry.All().ConfigureAwait(false)).Keys);

    /// <summary>
    /// Executes one command on an ocean: on its engine directly when the ocean's grain is active in this process
    /// (<see cref="Local"/>), else as one grain call; the same engine entry either way.
    /// </summary>
    public ValueTask<Outcome<T>> ExecuteAsync<T>(string ocean, GameCommand<T> command) =>
        Local(ocean) is { } cell && cell.TryExecute(command, out var here)
            ? ValueTask.FromResult(here)
            : new ValueTask<Outcome<T>>(Ocean(ocean).Execute(command));
}

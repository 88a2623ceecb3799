using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Mocean.Grains;
using Mocean.Server.Ocean;
using Orleans.Storage;

namespace Mocean.Server.Grains;

/// <summary>The directory's persisted state: every entry by id, and the last sequential id handed out.</summary>
public sealed record PlayerDirectoryState(ImmutableDictionary<string, PlayerEntry> Players, long LastSequential)
{
    public static readonly PlayerDirectoryState Empty = new(ImmutableDictionary<string, PlayerEntry>.Empty, 0);
}

/// <summary>
/// The player id directory (<see cref="IPlayerDirectoryGrain"/>): its state lives in memory as an immutable
/// value, is written behind once a second; the oceans release the ids of players they removed (idle, teacher, reset).
/// </summary>
public sealed class PlayerDirectoryGrain(
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    IOptions<OceanHostOptions> options,
    TimeProvider clock,
    ILogger<PlayerDirectoryGrain> logger) : Grain, IPlayerDirectoryGrain
{
    private WriteBehind<PlayerDirectoryState> persisted = null!;
    private PlayerDirectoryState state = PlayerDirectoryState.Empty;
    private Dictionary<(string Ocean, string Name), string> byName = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        persisted = new WriteBehind<PlayerDirectoryState>(storage, "players", this.GetGrainId(), logger);
        state = await persisted.LoadAsync() ?? PlayerDirectoryState.Empty;
        byName = state.Players.Values.ToDictionary(p => NameKey(p.Ocean, p.Name), p => p.Id);
        persisted.Start(this);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        persisted.FlushAsync();

    public Task<Reservation> Reserve(string ocean, string name)
    {
        var key = NameKey(ocean, name);
        if (byName.ContainsKey(key))
        {
            return Task.FromResult(new Reservation(null));
        }

        var last = state.LastSequential;
        string id;
        do
        {
            id = options.Value.SequentialIds ? PlayerIds.Sequential(++last) : PlayerIds.NewSecret();
        }
        while (state.Players.ContainsKey(id));

        var now = clock.GetUtcNow();
        var entry = new PlayerEntry(id, ocean, name, now, now);
        Update(state with { Players = state.Players.Add(id, entry), LastSequential = last });
        byName[key] = id;
        return Task.FromResult(new Reservation(entry));
    }

    public Task<PlayerEntry?> Release(string id)
    {
        if (!state.Players.TryGetValue(id, out var entry))
        {
            return Task.FromResult<PlayerEntry?>(null);
        }

        Update(state with { Players = state.Players.Remove(id) });
        byName.Remove(NameKey(entry.Ocean, entry.Name));
        return Task.FromResult<PlayerEntry?>(entry);
    }

    public Task<int> ReleaseMany(ImmutableArray<string> ids)
    {
        var known = ids.Where(state.Players.ContainsKey).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var id in known)
        {
            byName.Remove(NameKey(state.Players[id].Ocean, state.Players[id].Name));
        }

        if (known.Length > 0)
        {
            Update(state with { Players = state.Players.RemoveRange(known) });
        }

        return Task.FromResult(known.Length);
    }

    public Task<PlayerEntry?> ReleaseName(string ocean, string name) =>
        byName.TryGetValue(NameKey(ocean, name), out var id) ? Release(id) : Task.FromResult<PlayerEntry?>(null);

    public Task<PlayerEntry?> Find(string id)
    {
        if (!state.Players.TryGetValue(id, out var entry))
        {
            return Task.FromResult<PlayerEntry?>(null);
        }

        var seen = entry with { LastSeen = clock.GetUtcNow() };
        Update(state with { Players = state.Players.SetItem(id, seen) });
        return Task.FromResult<PlayerEntry?>(seen);
    }

    public Task<ImmutableArray<PlayerListing>> List(string? ocean) =>
        Task.FromResult(Entries(ocean).Select(p => p.ToListing()).ToImmutableArray());

    public Task<ImmutableArray<PlayerEntry>> ReleaseIdle(string? ocean, DateTimeOffset cutoff)
    {
        var idle = Entries(ocean).Where(p => p.LastSeen < cutoff).ToImmutableArray();
        if (idle.IsEmpty)
        {
            return Task.FromResult(idle);
        }

        Update(state with { Players = state.Players.RemoveRange(idle.Select(p => p.Id)) });
        foreach (var entry in idle)
        {
            byName.Remove(NameKey(entry.Ocean, entry.Name));
        }

        return Task.FromResult(idle);
    }

    private IEnumerable<PlayerEntry> Entries(string? ocean) => state.Players.Values
        .Where(p => ocean is null || string.Equals(p.Ocean, ocean, StringComparison.Ordinal))
        .OrderBy(p => p.Joined).ThenBy(p => p.Name, StringComparer.Ordinal);

    private void Update(PlayerDirectoryState next)
    {
        state = next;
        persisted.Changed(next);
    }

    private static (string, string) NameKey(string ocean, string name) => (ocean, name.ToLowerInvariant());
}

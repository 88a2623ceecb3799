using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Options;
using Mocean.Grains;
using Mocean.Server.Ocean;
using Orleans.Storage;

namespace Mocean.Server.Grains;

/// <summary>
/// What the directory stores: only the last sequential id handed out (a row of the older form, which also
/// held every entry, reads as this; its entries are ignored).
/// </summary>
public sealed record PlayerDirectoryState(long LastSequential);

/// <summary>
/// The player id index (<see cref="IPlayerDirectoryGrain"/>). The oceans are the only stored truth of who plays
/// where: on activation the index is built from every ocean's roster (main and the registry's), and after that
/// it changes in memory only, as the routes and oceans tell it (join, quit, removals, reset). So a kill can
/// never leave an id the ocean lacks, or a player the index lacks. Kept active for the silo's lifetime.
/// Sequential ids start after the highest one stored or held and each is on disk before it is handed out.
/// </summary>
[KeepAlive]
public sealed partial class PlayerDirectoryGrain(
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    IOptions<OceanHostOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<PlayerDirectoryGrain> logger) : Grain, IPlayerDirectoryGrain
{
    private readonly Dictionary<string, PlayerEntry> players = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Ocean, string Name), string> byName = new();
    private WriteBehind<PlayerDirectoryState> persisted = null!;
    private long lastSequential;
    private CancellationTokenRegistration stopTimers;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        persisted = new WriteBehind<PlayerDirectoryState>(storage, "players", this.GetGrainId(), logger);
        lastSequential = (await persisted.LoadAsync())?.LastSequential ?? 0;
        var oceans = await GrainFactory.GetGrain<IOceanRegistryGrain>(IOceanRegistryGrain.Key).All();
        var rosters = await Task.WhenAll(OceanLocator.Every(oceans.Keys)
            .Select(ocean => GrainFactory.GetGrain<IOceanGrain>(ocean).Roster()));
        foreach (var roster in rosters)
        {
            foreach (var player in roster.Players)
            {
                Add(new PlayerEntry(player.Id, roster.Ocean, player.Name));
                if (long.TryParse(player.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    lastSequential = Math.Max(lastSequential, number);
                }
            }
        }

        stopTimers = lifetime.DisposeWhenStopping(persisted.Start(this));
        LogBuilt(logger, players.Count, rosters.Length);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        stopTimers.Dispose();
        return persisted.FlushAsync();
    }

    public async Task<Reservation> Reserve(string ocean, string name)
    {
        if (byName.ContainsKey(NameKey(ocean, name)))
        {
            return new Reservation(null);
        }

        var sequential = options.Value.SequentialIds;
        string id;
        do
        {
            id = sequential ? PlayerIds.Sequential(++lastSequential) : PlayerIds.NewSecret();
        }
        while (players.ContainsKey(id));

        var entry = new PlayerEntry(id, ocean, name);
        Add(entry);
        if (sequential)
        {
            // The number reaches the disk before anyone learns it: a kill cannot make it come round again.
            persisted.Changed(new PlayerDirectoryState(lastSequential));
            try
            {
                await persisted.FlushAsync();
            }
            catch (Exception failure) when (failure is IOException or Microsoft.Data.Sqlite.SqliteException)
            {
                // Nobody learns an id that is not on disk: the name stays free; the number is never used
                // (the write is tried again with the next tick).
                players.Remove(id);
                byName.Remove(NameKey(ocean, name));
                LogUnsaved(logger, id, failure);
                return new Reservation(null, Unsaved: true);
            }
        }

        return new Reservation(entry);
    }

    public Task<PlayerEntry?> Release(string id)
    {
        if (!players.Remove(id, out var entry))
        {
            return Task.FromResult<PlayerEntry?>(null);
        }

        byName.Remove(NameKey(entry.Ocean, entry.Name));
        return Task.FromResult<PlayerEntry?>(entry);
    }

    public Task<PlayerEntry?> ReleaseName(string ocean, string name) =>
        byName.TryGetValue(NameKey(ocean, name), out var id) ? Release(id) : Task.FromResult<PlayerEntry?>(null);

    public Task<ImmutableArray<PlayerEntry>> ReleaseOcean(string ocean)
    {
        var gone = players.Values.Where(p => string.Equals(p.Ocean, ocean, StringComparison.Ordinal)).ToImmutableArray();
        foreach (var entry in gone)
        {
            players.Remove(entry.Id);
            byName.Remove(NameKey(entry.Ocean, entry.Name));
        }

        return Task.FromResult(gone);
    }

    public Task<PlayerEntry?> Find(string id) =>
        Task.FromResult(players.TryGetValue(id, out var entry) ? entry : null);

    private void Add(PlayerEntry entry)
    {
        players[entry.Id] = entry;
        byName[NameKey(entry.Ocean, entry.Name)] = entry.Id;
    }

    private static (string, string) NameKey(string ocean, string name) => (ocean, name.ToLowerInvariant());

    [LoggerMessage(Level = LogLevel.Information, Message = "Player directory built from the oceans: {Players} players in {Oceans} oceans")]
    private static partial void LogBuilt(ILogger logger, int players, int oceans);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sequential id {Id} could not be saved, so nobody joined with it")]
    private static partial void LogUnsaved(ILogger logger, string id, Exception failure);
}

using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Mocean.Grains;
using Orleans.Storage;

namespace Mocean.OceanHosting;

/// <summary>
/// What the directory stores: in classic mode, each ocean's next id number (<see cref="Classic"/>); a row of an
/// older form (the last sequential id, or every entry) reads as this, its other fields ignored.
/// </summary>
public sealed record PlayerDirectoryState(long LastSequential, IReadOnlyDictionary<string, long>? Classic = null);

/// <summary>
/// The player id index (<see cref="IPlayerDirectoryGrain"/>). The oceans are the only stored truth of who plays
/// where: on activation the index is built from every ocean's roster (main and the registry's), and after that
/// it changes in memory only, as the routes and oceans tell it (join, quit, removals, reset). So a kill can
/// never leave an id the ocean lacks, or a player the index lacks. Kept active for the silo's lifetime.
/// In classic mode ids are numbers counted in each ocean from 0 (again from 0 after the ocean's reset), each number on
/// disk before it is handed out. Names are not its business: each ocean keeps its own unique (see the interface).
/// </summary>
[KeepAlive]
public sealed partial class PlayerDirectoryGrain(
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    IOptions<OceanHostOptions> options,
    IOptions<ClassicOptions> classicOptions,
    IHostApplicationLifetime lifetime,
    ILogger<PlayerDirectoryGrain> logger) : Grain, IPlayerDirectoryGrain
{
    private readonly Dictionary<string, PlayerEntry> players = new(StringComparer.Ordinal);
    private WriteBehind<PlayerDirectoryState> persisted = null!;
    private readonly Dictionary<string, long> nextClassic = new(StringComparer.Ordinal);
    private SecretIds secrets = null!;
    private CancellationTokenRegistration stopTimers;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        persisted = new WriteBehind<PlayerDirectoryState>(storage, "players", this.GetGrainId(), logger);
        secrets = new SecretIds(options.Value.IdSeed);
        foreach (var (ocean, next) in (await persisted.LoadAsync())?.Classic ?? new Dictionary<string, long>())
        {
            nextClassic[ocean] = next;
        }

        var oceans = await GrainFactory.GetGrain<IOceanRegistryGrain>(IOceanRegistryGrain.Key).All();
        var rosters = await Task.WhenAll(OceanLocator.Every(oceans.Keys)
            .Select(ocean => GrainFactory.GetGrain<IOceanGrain>(ocean).Roster()));
        foreach (var roster in rosters)
        {
            foreach (var player in roster.Players)
            {
                Add(new PlayerEntry(player.Id, roster.Ocean, player.Name));
                if (PlayerIds.IsClassic(player.Id, out var number, out var ocean) && ocean == roster.Ocean)
                {
                    nextClassic[ocean] = Math.Max(nextClassic.GetValueOrDefault(ocean), number + 1);
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
        var classic = classicOptions.Value.ClassicMode;
        string id;
        if (classic)
        {
            var next = nextClassic.GetValueOrDefault(ocean);
            do
            {
                id = PlayerIds.Classic(ocean, next++);
            }
            while (players.ContainsKey(id));
            nextClassic[ocean] = next;
        }
        else
        {
            do
            {
                id = secrets.Next();
            }
            while (players.ContainsKey(id));
        }

        var entry = new PlayerEntry(id, ocean, name);
        Add(entry);
        if (classic)
        {
            // The number reaches the disk before anyone learns it: a kill cannot make it come round again.
            persisted.Changed(Stored());
            try
            {
                await persisted.FlushAsync();
            }
            catch (Exception failure) when (failure is IOException or System.Data.Common.DbException or TimeoutException)
            {
                // Nobody learns an id that is not on disk: the name stays free; the number is never used
                // (the write is tried again with the next tick).
                players.Remove(id);
                LogUnsaved(logger, PlayerIds.OnTheWire(id), ocean, failure);
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

        return Task.FromResult<PlayerEntry?>(entry);
    }

    public Task<ImmutableArray<PlayerEntry>> ReleaseOcean(string ocean)
    {
        var gone = players.Values.Where(p => string.Equals(p.Ocean, ocean, StringComparison.Ordinal)).ToImmutableArray();
        foreach (var entry in gone)
        {
            players.Remove(entry.Id);
        }

        // A reset ocean counts its classic ids from 0 again, as the original did when it started afresh.
        if (nextClassic.Remove(ocean))
        {
            persisted.Changed(Stored());
        }

        return Task.FromResult(gone);
    }

    public Task<PlayerEntry?> Find(string id) =>
        Task.FromResult(players.TryGetValue(id, out var entry) ? entry : null);

    private void Add(PlayerEntry entry) => players[entry.Id] = entry;

    private PlayerDirectoryState Stored() => new(0, new Dictionary<string, long>(nextClassic, StringComparer.Ordinal));

    [LoggerMessage(Level = LogLevel.Information, Message = "Player directory built from the oceans: {Players} players in {Oceans} oceans")]
    private static partial void LogBuilt(ILogger logger, int players, int oceans);

    [LoggerMessage(Level = LogLevel.Error, Message = "Classic id {Id} of the ocean {Ocean} could not be saved, so nobody joined with it")]
    private static partial void LogUnsaved(ILogger logger, string id, string ocean, Exception failure);
}

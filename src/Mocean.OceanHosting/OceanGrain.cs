using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Mocean.Grains;
using Mocean.Ocean;
using Mocean.Ocean.Chat;
using Mocean.Ocean.Commands;
using Mocean.Ocean.World;
using Orleans.Storage;

namespace Mocean.OceanHosting;

/// <summary>
/// One ocean (<see cref="IOceanGrain"/>): the thin adapter between the engine's single-threaded
/// <see cref="OceanGame"/> and the server. It owns the engine and holds it in an <see cref="OceanCell"/>, which
/// handlers of this process use directly (see there). Every command is a record of the engine's, executed by
/// the engine's one entry (<see cref="OceanGame.Execute{TResult}"/>) through the cell; its state (<see cref="OceanRecord"/>: the engine's snapshot and the players'
/// join times) is written behind about once a second, what changed only (<see cref="OceanRows"/>), and is the only stored truth of who plays here (the
/// directory is built from the rosters); its idle timer removes silent players and frees their ids.
/// </summary>
public sealed partial class OceanGrain(
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    IGrainFactory grains,
    IOptions<OceanHostOptions> hostOptions,
    BlockedWords blocked,
    OceanLocator locator,
    MoceanClock clock,
    IHostApplicationLifetime lifetime,
    IOceanRecorder recorder,
    ILogger<OceanGrain> logger) : Grain, IOceanGrain
{
    /// <summary>The world seed of <c>main</c> when <c>--seed</c> is not given: a fresh server has a known map.</summary>
    public const ulong DefaultSeed = 2026;

    private OceanCell cell = null!;
    private WriteBehind<OceanRecord> persisted = null!;
    private CancellationTokenRegistration stopTimers;

    // Each player's wall-clock join time, stored with the snapshot; changed only under the cell's lock.
    private ImmutableDictionary<string, DateTimeOffset> joined = ImmutableDictionary<string, DateTimeOffset>.Empty;

    private string Key => this.GetPrimaryKeyString();

    private bool Stopping => lifetime.ApplicationStopping.IsCancellationRequested;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        persisted = new WriteBehind<OceanRecord>(new OceanRows(storage, this.GetGrainId()), OceanParts.Core, this.GetGrainId(), logger,
            capture: () => cell.Read(sea => new OceanRecord(sea.Snapshot(), joined)));
        var random = new SplitMix64(hostOptions.Value.PlacementSeed is { } fixedSeed
            ? unchecked((ulong)fixedSeed ^ (ulong)Key.Length)
            : BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)));
        var idle = hostOptions.Value.IdleLimit;
        OceanGame ocean;
        if (await persisted.LoadAsync() is { } record)
        {
            var snapshot = record.Snapshot with { Settings = record.Snapshot.Settings with { IdleLimit = idle } };
            ocean = OceanGame.FromSnapshot(snapshot, clock, random, blocked);
            joined = record.Joined;
        }
        else
        {
            var seed = await grains.GetGrain<IOceanRegistryGrain>(IOceanRegistryGrain.Key).SeedOf(Key)
                ?? hostOptions.Value.Seed ?? DefaultSeed;
            ocean = OceanGame.Create(seed, OceanRules.Default with { IdleLimit = idle }, clock, random, blocked);
            persisted.Changed();
        }

        ocean.Recording = recorder.Recording;
        cell = new OceanCell(ocean, Executed);
        locator.Open(Key, cell);
        IGrainTimer[] timers = [persisted.Start(this), IdleSweep.Start(this, clock, idle, _ => RemoveIdleAsync()), .. StartRecording()];
        stopTimers = lifetime.DisposeWhenStopping(timers);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        stopTimers.Dispose();
        TakeRecord();
        // Handlers go through the grain from now on; what they changed before is in the final write.
        cell.Close();
        locator.Close(Key, cell);
        return persisted.FlushAsync();
    }

    public Task<Outcome<TResult>> Execute<TResult>(GameCommand<TResult> command) => Task.FromResult(cell.Execute(command));

    public Task<OceanRoster> Roster() => Task.FromResult(cell.Read(sea => new OceanRoster(Key, sea.Paused, [.. sea.Roster().Select(p =>
    {
        // A join time is missing only in a row stored before join times were kept; a request never precedes the join.
        var seen = sea.WallTimeOf(p.LastAccess);
        var at = joined.TryGetValue(p.Id, out var time) ? time : seen;
        return new RosterEntry(p.Id, p.Name, at, seen > at ? seen : at);
    })])));

    /// <summary>
    /// After every command that changed the ocean, whichever way it came (the grain, or a handler through the cell),
    /// under the cell's lock: keeps the join times the engine does not hold, and marks the state to be written.
    /// </summary>
    private void Executed(GameCommand command)
    {
        switch (command)
        {
            case Player.Join join:
                joined = joined.SetItem(join.Id, clock.GetUtcNow());
                break;
            case Player.Quit quit:
                joined = joined.Remove(quit.Id);
                locator.Forget(quit.Id);
                break;
            case Teacher.Reset:
                joined = joined.Clear();
                break;
        }

        persisted.Changed();
    }

    private async Task RemoveIdleAsync()
    {
        // Once the server is stopping, every grain deactivates at the same time: a sweep that began just before
        // must not call the directory, which may be going away (a call would start it afresh mid-stop). Nobody
        // is removed during a stop: the sweeps after the next start do that.
        if (Stopping)
        {
            return;
        }

        // The ids of the players removed, read under the same lock: the ocean alone knows which id a name had.
        var idle = cell.Read(sea =>
        {
            var ids = sea.Roster().ToDictionary(p => p.Name, p => p.Id, StringComparer.OrdinalIgnoreCase);
            return sea.RemoveIdlePlayers().Select(name => ids[name]).ToList();
        });
        if (idle.Count == 0)
        {
            return;
        }

        persisted.Changed();
        var directory = grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key);
        foreach (var id in idle)
        {
            if (Stopping)
            {
                // The stop began during the sweep: the directory is built from the rosters at the next start,
                // so the names it still holds in memory do not outlive this process.
                break;
            }

            if (await directory.Release(id) is { } entry)
            {
                locator.Forget(entry.Id);
            }
        }

        LogIdleRemoved(logger, Key, idle.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ocean {Ocean}: removed {Count} idle players")]
    private static partial void LogIdleRemoved(ILogger logger, string ocean, int count);
}

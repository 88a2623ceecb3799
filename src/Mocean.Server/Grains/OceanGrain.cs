using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Mocean.Grains;
using Mocean.Ocean;
using Mocean.Ocean.Chat;
using Mocean.Ocean.World;
using Mocean.Server.Hosting;
using Mocean.Server.Ocean;
using Orleans.Storage;
using Sea = Mocean.Ocean.Ocean;

namespace Mocean.Server.Grains;

/// <summary>
/// One ocean (<see cref="IOceanGrain"/>): the thin adapter between the engine's single-threaded
/// <see cref="Sea"/> and the server. Each command is one engine call; its state (<see cref="OceanRecord"/>: the
/// engine's snapshot and the players' join times) is written behind about once a second and is the only stored
/// truth of who plays here (the directory is built from the rosters); its idle timer removes silent players and
/// frees their ids.
/// Engine refusals come back as faults with the HTTP status the protocol gives them.
/// </summary>
public sealed partial class OceanGrain(
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    IGrainFactory grains,
    IOptions<OceanHostOptions> hostOptions,
    IOptions<MoceanOptions> options,
    BlockedWords blocked,
    OceanLocator locator,
    TimeProvider clock,
    ILogger<OceanGrain> logger) : Grain, IOceanGrain
{
    /// <summary>The world seed of <c>main</c> when <c>--seed</c> is not given: a fresh server has a known map.</summary>
    public const ulong DefaultSeed = 2026;

    private Sea ocean = null!;
    private WriteBehind<byte[]> persisted = null!;
    private ImmutableDictionary<string, DateTimeOffset> joined = ImmutableDictionary<string, DateTimeOffset>.Empty;

    private string Key => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        persisted = new WriteBehind<byte[]>(storage, "ocean", this.GetGrainId(), logger,
            capture: () => new OceanRecord(ocean.Snapshot(), joined).ToBytes());
        var random = new SplitMix64(hostOptions.Value.PlacementSeed is { } fixedSeed
            ? unchecked((ulong)fixedSeed ^ (ulong)Key.Length)
            : BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)));
        var idle = hostOptions.Value.IdleLimit;
        if (await persisted.LoadAsync() is { } saved)
        {
            var record = OceanRecord.FromBytes(saved);
            var snapshot = record.Snapshot with { Settings = record.Snapshot.Settings with { IdleLimit = idle } };
            ocean = Sea.FromSnapshot(snapshot, clock, random, blocked);
            joined = record.Joined;
        }
        else
        {
            var seed = await grains.GetGrain<IOceanRegistryGrain>(IOceanRegistryGrain.Key).SeedOf(Key)
                ?? (options.Value.Seed is { } given ? unchecked((ulong)given) : DefaultSeed);
            ocean = Sea.Create(seed, OceanSettings.Default with { IdleLimit = idle }, clock, random, blocked);
            persisted.Changed();
        }

        persisted.Start(this);
        IdleSweep.Start(this, clock, idle, _ => RemoveIdleAsync());
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        persisted.FlushAsync();

    public Task<OceanResult<string>> Join(string id, string name) => Change(() =>
    {
        var player = ocean.Join(id, name);
        joined = joined.SetItem(id, clock.GetUtcNow());
        return player.Name;
    });

    public Task<OceanResult<string>> Quit(string id) => Change(() =>
    {
        var line = ocean.Quit(id);
        joined = joined.Remove(id);
        locator.Forget(id);
        return line;
    });

    public Task<OceanRoster> Roster() => Task.FromResult(new OceanRoster(Key, ocean.Paused, [.. ocean.Roster().Select(p =>
    {
        // A join time is missing only in a row stored before join times were kept; a request never precedes the join.
        var seen = ocean.WallTimeOf(p.LastAccess);
        var at = joined.TryGetValue(p.Id, out var time) ? time : seen;
        return new RosterEntry(p.Id, p.Name, at, seen > at ? seen : at);
    })]));

    public Task<ImmutableArray<string>> Who() => Task.FromResult(ocean.Who().ToImmutableArray());

    public Task<OceanResult<string>> Name(string id) => Change(() => ocean.Name(id));

    public Task<bool> NameInUse(string name) => Task.FromResult(ocean.NameInUse(name));

    public Task<OceanResult<ImmutableArray<SightingReply>>> Look(string id) => Change(() => ocean.Look(id)
        .Select(s => new SightingReply(s.Kind.ToString().ToLowerInvariant(), s.Name, s.X, s.Y, s.Z)).ToImmutableArray());

    public Task<OceanResult<GameLine>> Get(string id, string item) => Change(() => Line(ocean.Get(id, item)));

    public Task<OceanResult<ImmutableArray<string>>> Inventory(string id) => Change(() => ocean.Inventory(id).ToImmutableArray());

    public Task<OceanResult<GameLine>> Use(string id, string item) => Change(() => Line(ocean.Use(id, item)));

    public Task<OceanResult<GameLine>> SendChat(string id, string recipient, string message) =>
        Change(() => Line(ocean.SendChat(id, recipient, message)));

    public Task<OceanResult<GameLine>> PopChat(string id) => Change(() => Line(ocean.PopChat(id)));

    public Task<OceanResult<LocationReply>> Location(string id) => Change(() =>
    {
        var l = ocean.Location(id);
        return new LocationReply(l.X, l.Y, l.Z, l.Wrap, l.Msg, l.Near);
    });

    public Task<OceanResult<VelocityReply>> Velocity(string id) => Change(() =>
    {
        var v = ocean.Velocity(id);
        return new VelocityReply(v.Vx, v.Vy, v.Heading);
    });

    public Task<OceanResult<MotionReply>> Accel(string id, string ctrl) => Change(() => Motion(ocean.Accel(id, ctrl)));

    public Task<OceanResult<MotionReply>> Stop(string id) => Change(() => Motion(ocean.Stop(id)));

    public Task<OceanResult<PlaceReply>> Dive(string id, string ctrl) => Change(() => Place(ocean.Dive(id, ctrl)));

    public Task<OceanResult<TeleportReply>> Teleport(string id, double x, double y) => Change(() =>
    {
        var (reply, place) = ocean.Teleport(id, x, y);
        return new TeleportReply(Line(reply), Place(place));
    });

    public Task<OceanResult<double>> Ping(string id) => Change(() => ocean.Ping(id));

    public Task<OceanResult<GameLine>> WhaleName(string id) => Change(() => Line(ocean.WhaleName(id)));

    public Task<OceanResult<string>> SeamountName(string id) => Change(() => ocean.SeamountName(id));

    private static GameLine Line(GameReply reply) => new(reply.Done, reply.Text);

    private static MotionReply Motion(Motion m) => new(m.X, m.Y, m.Z, m.Vx, m.Vy, m.Heading);

    private static PlaceReply Place(Place p) => new(p.X, p.Y, p.Z);

    /// <summary>
    /// Runs one engine call that may change the ocean (every call with an id moves the player and counts as
    /// their access), marks the state changed, and turns a refusal into a fault.
    /// </summary>
    private Task<OceanResult<T>> Change<T>(Func<T> command)
    {
        try
        {
            var value = command();
            persisted.Changed();
            return Task.FromResult(OceanResult<T>.Ok(value));
        }
        catch (OceanException refusal)
        {
            return Task.FromResult(new OceanResult<T>(default, new OceanFault(StatusOf(refusal.Error), refusal.Message, refusal.Error.ToString())));
        }
    }

    /// <summary>The HTTP status of each engine refusal (see the engine's README).</summary>
    public static int StatusOf(OceanError error) => error switch
    {
        OceanError.UnknownPlayer or OceanError.UnknownName => StatusCodes.Status404NotFound,
        OceanError.NameInUse or OceanError.IdInUse => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    private async Task RemoveIdleAsync()
    {
        var idle = ocean.RemoveIdlePlayers();
        if (idle.Count == 0)
        {
            return;
        }

        persisted.Changed();
        var directory = grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key);
        foreach (var name in idle)
        {
            if (await directory.ReleaseName(Key, name) is { } entry)
            {
                locator.Forget(entry.Id);
            }
        }

        LogIdleRemoved(logger, Key, idle.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ocean {Ocean}: removed {Count} idle players")]
    private static partial void LogIdleRemoved(ILogger logger, string ocean, int count);
}

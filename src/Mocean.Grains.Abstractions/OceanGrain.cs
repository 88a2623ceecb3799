using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mocean.Grains;

/// <summary>
/// One ocean (key = the ocean's name, lower case): the game's world and its players. Every player method
/// takes the player's secret id; a refusal comes back as <see cref="OceanResult{T}.Fault"/> (never thrown),
/// so a wrong request costs no exception across the grain boundary.
/// </summary>
[Alias("Mocean.IOceanGrain")]
public interface IOceanGrain : IGrainWithStringKey
{
    [Alias("Join")] Task<OceanResult<string>> Join(string id, string name);
    [Alias("Quit")] Task<OceanResult<string>> Quit(string id);
    [Alias("Who")] Task<ImmutableArray<string>> Who();
    [Alias("Name")] Task<OceanResult<string>> Name(string id);
    [Alias("NameInUse")] Task<bool> NameInUse(string name);
    [Alias("Look")] Task<OceanResult<ImmutableArray<SightingReply>>> Look(string id);
    [Alias("Get")] Task<OceanResult<GameLine>> Get(string id, string item);
    [Alias("Inventory")] Task<OceanResult<ImmutableArray<string>>> Inventory(string id);
    [Alias("Use")] Task<OceanResult<GameLine>> Use(string id, string item);
    [Alias("SendChat")] Task<OceanResult<GameLine>> SendChat(string id, string recipient, string message);
    [Alias("PopChat")] Task<OceanResult<GameLine>> PopChat(string id);
    [Alias("Location")] Task<OceanResult<LocationReply>> Location(string id);
    [Alias("Velocity")] Task<OceanResult<VelocityReply>> Velocity(string id);
    [Alias("Accel")] Task<OceanResult<MotionReply>> Accel(string id, string ctrl);
    [Alias("Stop")] Task<OceanResult<MotionReply>> Stop(string id);
    [Alias("Dive")] Task<OceanResult<PlaceReply>> Dive(string id, string ctrl);
    [Alias("Teleport")] Task<OceanResult<TeleportReply>> Teleport(string id, double x, double y);
    [Alias("Ping")] Task<OceanResult<double>> Ping(string id);
    [Alias("WhaleName")] Task<OceanResult<GameLine>> WhaleName(string id);
    [Alias("SeamountName")] Task<OceanResult<string>> SeamountName(string id);

    /// <summary>The teacher's reset: a new world (new seed, or the same), every player removed. Returns the seed.</summary>
    [Alias("Reset")] Task<ulong> Reset(ulong? seed);
    [Alias("Remove")] Task<OceanResult<string>> Remove(string name);
    [Alias("Broadcast")] Task<OceanResult<int>> Broadcast(string line);
    [Alias("Pause")] Task Pause();
    [Alias("Resume")] Task Resume();
    [Alias("Give")] Task<OceanResult<string>> Give(string name, string item);
    [Alias("Mute")] Task<OceanResult<string>> Mute(string name, bool muted);
    [Alias("ChatLog")] Task<ImmutableArray<ChatLine>> ChatLog();

    /// <summary>
    /// Every player the ocean holds, with id, join time and last access (wall clock); not an access. It may run
    /// while the ocean waits on the directory (the directory builds its index from the rosters on activation).
    /// </summary>
    [AlwaysInterleave, Alias("Roster")] Task<OceanRoster> Roster();

    /// <summary>What the live map draws now, with the events after <paramref name="afterSeq"/>. Not a player's access.</summary>
    [Alias("GetView")] Task<LiveView> GetView(long afterSeq);
}

/// <summary>
/// The registry of oceans that exist besides <c>main</c> (which always does), with the seed each was created
/// with; persisted, so a teacher's ocean survives restarts.
/// </summary>
[Alias("Mocean.IOceanRegistryGrain")]
public interface IOceanRegistryGrain : IGrainWithStringKey
{
    public const string Key = "oceans";

    [Alias("All")] Task<ImmutableDictionary<string, ulong>> All();

    [Alias("SeedOf")] Task<ulong?> SeedOf(string ocean);

    /// <summary>Records the ocean and its seed (creating it, or after a reset with a new seed).</summary>
    [Alias("Put")] Task Put(string ocean, ulong seed);
}

using System.Collections.Immutable;
using Mocean.Ocean.Commands;
using Orleans.Concurrency;

namespace Mocean.Grains;

/// <summary>
/// One ocean (key = the ocean's name, lower case): the game's world and its players. Every command, a player's
/// or the teacher's, is a record of the engine's (<see cref="Player"/>, <see cref="Teacher"/>) that
/// <see cref="Execute{TResult}"/> carries to the engine as it is; a refusal comes back as
/// <see cref="Outcome{TResult}.Refusal"/> (never thrown), so a wrong request costs no exception across the grain
/// boundary. The other methods are the host's: what also changes the directory or the registry, and what
/// reads the ocean without being a command (the roster, the live view).
/// </summary>
[Alias("Mocean.IOceanGrain")]
public interface IOceanGrain : IGrainWithStringKey
{
    /// <summary>Runs one command on the ocean's engine (the same entry a handler of the grain's process uses directly).</summary>
    [Alias("Execute")] Task<Outcome<TResult>> Execute<TResult>(GameCommand<TResult> command);

    /// <summary>The teacher's reset: a new world (new seed, or the same), every player removed and freed in the directory. Returns the seed.</summary>
    [Alias("Reset")] Task<ulong> Reset(ulong? seed);

    /// <summary>The teacher's removal of a player by name, freed in the directory; the name as the directory held it.</summary>
    [Alias("Remove")] Task<Outcome<string>> Remove(string name);

    /// <summary>
    /// Every player the ocean holds, with id, join time and last access (wall clock); not an access. It may run
    /// while the ocean waits on the directory (the directory builds its index from the rosters on activation).
    /// </summary>
    [AlwaysInterleave, Alias("Roster")] Task<OceanRoster> Roster();

    /// <summary>
    /// What the live map draws now, with the events after <paramref name="afterSeq"/>; the round as the
    /// <paramref name="teacher"/> (roles, seed) or anyone sees it. Not a player's access.
    /// </summary>
    [Alias("GetView")] Task<LiveView> GetView(long afterSeq, bool teacher);
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

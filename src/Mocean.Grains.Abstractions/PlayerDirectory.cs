using System.Collections.Immutable;

namespace Mocean.Grains;

/// <summary>
/// The one index of player ids across all oceans: a secret id leads to the ocean and the name, so every
/// route but <c>join</c> finds the ocean from the id alone. Ids are unique across all oceans and never handed
/// out twice. Names are each ocean's own: its engine keeps them unique (ignoring case) and refuses a join of a
/// name in use, so a name is never checked here. The oceans are the truth: the index is built from their rosters
/// when it activates and kept in memory; it stores only the oceans' next classic ids.
/// </summary>
[Alias("Mocean.IPlayerDirectoryGrain")]
public interface IPlayerDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The key of the one directory grain.</summary>
    public const string Key = "players";

    /// <summary>
    /// A new id for a player joining the ocean with the name. The ocean decides whether the name is free: when it
    /// refuses the join, the caller releases the id.
    /// </summary>
    [Alias("Reserve")]
    Task<Reservation> Reserve(string ocean, string name);

    /// <summary>Frees the id and the name; the entry that was released, or null for an unknown id.</summary>
    [Alias("Release")]
    Task<PlayerEntry?> Release(string id);

    /// <summary>Frees every player of the ocean (its reset); returns them.</summary>
    [Alias("ReleaseOcean")]
    Task<ImmutableArray<PlayerEntry>> ReleaseOcean(string ocean);

    /// <summary>The entry for the id, or null for an unknown id.</summary>
    [Alias("Find")]
    Task<PlayerEntry?> Find(string id);
}

/// <summary>One player in the directory. The id is the player's secret.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.PlayerEntry")]
public sealed record PlayerEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Ocean,
    [property: Id(2)] string Name);

/// <summary>
/// The answer to a reservation: the new entry; or null when the id could not be saved (<see cref="Unsaved"/>: the
/// storage failed, nothing was reserved).
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.Reservation")]
public sealed record Reservation([property: Id(0)] PlayerEntry? Entry, [property: Id(1)] bool Unsaved = false);

/// <summary>
/// The players of one ocean as it holds them (<see cref="IOceanGrain.Roster"/>), in order of joining; whether
/// its time stands still.
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.OceanRoster")]
public sealed record OceanRoster(
    [property: Id(0)] string Ocean,
    [property: Id(1)] bool Paused,
    [property: Id(2)] ImmutableArray<RosterEntry> Players);

/// <summary>
/// One player of an ocean: the secret id (for the directory, never shown), the name, when they joined and
/// when they last sent a request, both wall-clock (the last access converted from ocean time: exact since the
/// ocean last resumed; in a paused ocean, a request during the pause reads as the moment the pause began).
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.RosterEntry")]
public sealed record RosterEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset Joined,
    [property: Id(3)] DateTimeOffset LastSeen);

using System.Collections.Immutable;

namespace Mocean.Grains;

/// <summary>
/// The one directory of player ids across all oceans: a secret id leads to the ocean and the name,
/// so every route but <c>join</c> finds the ocean from the id alone. Names are unique within an ocean
/// (ignoring case); ids are unique across all oceans.
/// </summary>
[Alias("Mocean.IPlayerDirectoryGrain")]
public interface IPlayerDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The key of the one directory grain.</summary>
    public const string Key = "players";

    /// <summary>A new id for the name in the ocean, or a refusal when the name is in use there.</summary>
    [Alias("Reserve")]
    Task<Reservation> Reserve(string ocean, string name);

    /// <summary>Frees the id and the name; the entry that was released, or null for an unknown id.</summary>
    [Alias("Release")]
    Task<PlayerEntry?> Release(string id);

    /// <summary>Frees every id given (an ocean removed them: idle, reset); unknown ids are skipped. Returns how many were freed.</summary>
    [Alias("ReleaseMany")]
    Task<int> ReleaseMany(ImmutableArray<string> ids);

    /// <summary>Frees the player of that name in that ocean (the teacher's removal); the entry, or null when none.</summary>
    [Alias("ReleaseName")]
    Task<PlayerEntry?> ReleaseName(string ocean, string name);

    /// <summary>The entry for the id (and marks the player as seen now), or null for an unknown id.</summary>
    [Alias("Find")]
    Task<PlayerEntry?> Find(string id);

    /// <summary>Every entry of one ocean, or of all when <paramref name="ocean"/> is null, in order of joining, without ids.</summary>
    [Alias("List")]
    Task<ImmutableArray<PlayerListing>> List(string? ocean);

    /// <summary>Releases every entry (of one ocean, or all when null) not seen since <paramref name="cutoff"/>; returns them.</summary>
    [Alias("ReleaseIdle")]
    Task<ImmutableArray<PlayerEntry>> ReleaseIdle(string? ocean, DateTimeOffset cutoff);
}

/// <summary>One player in the directory. The id is the player's secret.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.PlayerEntry")]
public sealed record PlayerEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Ocean,
    [property: Id(2)] string Name,
    [property: Id(3)] DateTimeOffset Joined,
    [property: Id(4)] DateTimeOffset LastSeen)
{
    /// <summary>The entry as others may see it (no id).</summary>
    public PlayerListing ToListing() => new(Ocean, Name, Joined, LastSeen);
}

/// <summary>A player as the teacher's list shows them: everything but the secret id.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.PlayerListing")]
public sealed record PlayerListing(
    [property: Id(0)] string Ocean,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset Joined,
    [property: Id(3)] DateTimeOffset LastSeen);

/// <summary>The answer to a reservation: the new entry, or null when the name is taken in that ocean.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Reservation")]
public sealed record Reservation([property: Id(0)] PlayerEntry? Entry)
{
    public bool NameTaken => Entry is null;
}

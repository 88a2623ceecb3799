using System.Collections.Immutable;

namespace Mocean.OceanHosting;

/// <summary>
/// Settings of the oceans' hosting (bound from the same places as <c>MoceanOptions</c>: <c>mocean.json</c>,
/// <c>MOCEAN_</c> variables, the command line). Defaults suit one server on one machine.
/// </summary>
public sealed class OceanHostOptions
{
    /// <summary>The port of silo-to-silo traffic (loopback only); 0 picks a free one below the ephemeral range at start.</summary>
    public int SiloPort { get; set; }

    /// <summary>The port Orleans clients outside the process would connect to (loopback only); 0 (the default) opens none.</summary>
    public int GatewayPort { get; set; }

    /// <summary>In a cluster, the address the other servers reach this one's silo at; unset, 127.0.0.1 (every server on one machine).</summary>
    public string? SiloAddress { get; set; }

    /// <summary>
    /// Seeds the secret ids for repeatable tests and written examples; unset (the default) draws them from the
    /// cryptographic generator. Whoever knows the seed can work out every id: never for a class.
    /// </summary>
    public long? IdSeed { get; set; }

    /// <summary>
    /// Seeds the server's own randomness (players' start places and headings) for repeatable demos and tests;
    /// unset (the default) draws it from the cryptographic generator. Never the world seed.
    /// </summary>
    public long? PlacementSeed { get; set; }

    /// <summary>The world seed of <c>main</c> when it is first made (the setting <c>Seed</c>); unset, <c>OceanGrain.DefaultSeed</c>.</summary>
    public ulong? Seed { get; set; }

    /// <summary>Classic mode (the setting <c>Classic</c>): ids are numbers counted per ocean, which the player directory hands out.</summary>
    public bool Classic { get; set; }

    /// <summary>Classic mode under its older name (the setting <c>SequentialIds</c>).</summary>
    public bool SequentialIds { get; set; }

    /// <summary>True when ids are classic numbers, by either name of the setting.</summary>
    public bool ClassicMode => Classic || SequentialIds;

    /// <summary>Players not heard from for this many minutes are removed (fractions allowed).</summary>
    public double IdleMinutes { get; set; } = 60;

    /// <summary>
    /// Words refused in player names and masked in chat, separated by commas; unset means the built-in list
    /// (<see cref="DefaultBlockedWords"/>), an empty text means none. The game's own filter applies them
    /// (<c>Mocean.Ocean.Chat.BlockedWords</c>: names containing one are refused, also spelt with look-alike
    /// digits; in chat each whole word is starred out).
    /// </summary>
    public string? BlockedWords { get; set; }

    /// <summary>The built-in list: short and mild on purpose; a teacher sets their own with <c>BlockedWords</c>.</summary>
    public static readonly ImmutableArray<string> DefaultBlockedWords =
        ["idiot", "stupid", "loser", "moron", "jerk", "dumbo", "crap", "poop", "fart", "sucks", "shutup"];

    /// <summary>The words of the setting: unset is <see cref="DefaultBlockedWords"/>, empty is none, else separated by commas.</summary>
    public IReadOnlyList<string> BlockedWordList() => BlockedWords is null
        ? DefaultBlockedWords
        : BlockedWords.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How long a player may stay silent before removal.</summary>
    public TimeSpan IdleLimit => TimeSpan.FromMinutes(IdleMinutes > 0 ? IdleMinutes : 60);
}

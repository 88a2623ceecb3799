using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Mocean.OceanHosting;

/// <summary>
/// Settings of the oceans' hosting: the main ocean's world seed, how many players an ocean takes and how long an
/// idle one stays, the words refused in names, the seeds that make ids and places repeatable, and the ocean engine's
/// ports. Defaults suit one server on one machine.
/// </summary>
public sealed class OceanHostOptions
{
    /// <summary>The world seed of the <c>main</c> ocean (0 to 2^64-1, as the admin route takes it); unset, <c>OceanGrain.DefaultSeed</c>.</summary>
    [Display(Prompt = "N", Description = "The world seed of the main ocean: the same seed makes the same sea floor.")]
    [DefaultValue("2026")]
    public ulong? Seed { get; set; }

    [Display(Prompt = "N", Description = "Players one ocean takes; a join beyond is refused with 409 (make another ocean for more).")]
    [Range(1, 100_000, ErrorMessage = "a whole number from {1} to {2}")]
    public int PlayersPerOcean { get; set; } = 500;

    /// <summary>
    /// Seeds the server's own randomness (players' start places and headings) for repeatable demos and tests;
    /// unset (the default) draws it from the cryptographic generator. Never the world seed.
    /// </summary>
    [Display(Prompt = "N", Description = "Makes players' start places and headings repeatable (for demos and tests); random when unset.")]
    [DefaultValue("(none: random)")]
    public long? PlacementSeed { get; set; }

    /// <summary>
    /// Seeds the secret ids for repeatable tests and written examples; unset (the default) draws them from the
    /// cryptographic generator. Whoever knows the seed can work out every id: never for a class.
    /// </summary>
    [Display(Prompt = "N", Description = "Makes the secret player ids repeatable, for tests and written examples only: whoever knows the seed can work out every id.")]
    [DefaultValue("(none: secret)")]
    public long? IdSeed { get; set; }


    /// <summary>Players not heard from for this many minutes are removed (fractions allowed).</summary>
    [Display(Prompt = "MINUTES", Description = "Players who send nothing for this many minutes leave the ocean, so their name is free again.")]
    [Range(0d, 525_600d, MinimumIsExclusive = true, ErrorMessage = "a number of minutes above 0 and at most 525600 (a year), like 60 or 0.5")]
    public double IdleMinutes { get; set; } = 60;

    /// <summary>
    /// Words refused in player names and masked in chat, separated by commas; unset means the built-in list
    /// (<see cref="DefaultBlockedWords"/>), an empty text means none. The game's own filter applies them
    /// (<c>Mocean.Ocean.Chat.BlockedWords</c>: names containing one are refused, also spelt with look-alike
    /// digits; in chat each whole word is starred out).
    /// </summary>
    [Display(Prompt = "WORD,WORD", Description = "Words refused in player names and masked in chat, separated by commas; an empty text means none.")]
    [DefaultValue("(a short built-in list)")]
    public string? BlockedWords { get; set; }

    /// <summary>The port of silo-to-silo traffic (loopback only); 0 picks a free one below the ephemeral range at start.</summary>
    [Display(Prompt = "N", Description = "The ocean engine's internal port, on this machine only; leave it unless a firewall needs it fixed.")]
    [DefaultValue("0 (a free port)")]
    [Range(0, 65535, ErrorMessage = "a whole number from {1} to {2} (0: a free port)")]
    public int SiloPort { get; set; }

    /// <summary>The port Orleans clients outside the process would connect to (loopback only); 0 (the default) opens none.</summary>
    [Display(Prompt = "N", Description = "A port for Orleans clients outside the server, on this machine only; the server itself needs none.")]
    [DefaultValue("0 (none)")]
    [Range(0, 65535, ErrorMessage = "a whole number from {1} to {2} (0: none)")]
    public int GatewayPort { get; set; }

    /// <summary>In a cluster, the address the other servers reach this one's silo at; unset, 127.0.0.1 (every server on one machine).</summary>
    [Display(Prompt = "IP", Description = "With --cluster: this machine's address the other servers reach its ocean engine at (its --silo-port must be open to them); leave it when every server runs on one machine.")]
    [DefaultValue("127.0.0.1")]
    [CustomValidation(typeof(OceanHostOptions), nameof(CheckSiloAddress))]
    public string? SiloAddress { get; set; }

    /// <summary>The built-in list: short and mild on purpose; a teacher sets their own with <c>BlockedWords</c>.</summary>
    public static readonly ImmutableArray<string> DefaultBlockedWords =
        ["idiot", "stupid", "loser", "moron", "jerk", "dumbo", "crap", "poop", "fart", "sucks", "shutup"];

    /// <summary>The words of the setting: unset is <see cref="DefaultBlockedWords"/>, empty is none, else separated by commas.</summary>
    public IReadOnlyList<string> BlockedWordList() => BlockedWords is null
        ? DefaultBlockedWords
        : BlockedWords.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How long a player may stay silent before removal.</summary>
    public TimeSpan IdleLimit => TimeSpan.FromMinutes(IdleMinutes > 0 ? IdleMinutes : 60);

    public static ValidationResult? CheckSiloAddress(string? address) => string.IsNullOrEmpty(address)
        || (IPAddress.TryParse(address.Trim(), out var silo) && !silo.Equals(IPAddress.Any) && !silo.Equals(IPAddress.IPv6Any))
        ? ValidationResult.Success
        : new ValidationResult("this machine's address as the other servers reach it, like 10.0.0.5 (not 0.0.0.0)");
}

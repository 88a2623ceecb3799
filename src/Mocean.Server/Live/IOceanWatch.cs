using Mocean.Ocean.Rounds;

namespace Mocean.Server.Live;

/// <summary>The live map's one read of an ocean: what to draw now and the events after a sequence number.</summary>
public interface IOceanWatch
{
    /// <summary>The ocean's picture now (the round as the <paramref name="teacher"/> or anyone sees it), or null when no ocean of that name exists.</summary>
    Task<LiveFrame?> WatchAsync(string ocean, long afterSeq, bool teacher, CancellationToken cancellationToken);
}

/// <summary>
/// Everything the live map draws at one instant (treasures are filtered out for viewers not signed in); the round,
/// if there is one, as the engine shows it to this viewer.
/// </summary>
public sealed record LiveFrame(
    string Ocean,
    ulong Seed,
    DateTimeOffset At,
    bool Paused,
    bool Bloom,
    IReadOnlyList<LivePlayer> Players,
    IReadOnlyList<LiveWhale> Whales,
    IReadOnlyList<LiveTreasure> Treasures,
    IReadOnlyList<LiveEvent> Events,
    long LastSeq,
    RoundView? Round = null);

/// <summary>A player: depth <see cref="Z"/> in metres, heading in radians (counter-clockwise from +x), the whale ridden if any.</summary>
public sealed record LivePlayer(string Name, double X, double Y, double Z, double Heading, double Speed, string? Whale);

public sealed record LiveWhale(string Name, double X, double Y);

public sealed record LiveTreasure(string Name, string Seamount, double X, double Y, double Z);

/// <summary>One event of the feed (never chat text): kind as the engine names it (Join, Quit, TreasureTaken, ...).</summary>
public sealed record LiveEvent(long Seq, DateTimeOffset At, string Kind, string Player, string? Detail);

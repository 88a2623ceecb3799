using System.Collections.Immutable;
using Mocean.Ocean.Rounds;

namespace Mocean.Grains;

/// <summary>
/// Everything the live map of one ocean draws at one instant (see the ocean hosting README); <see cref="Round"/> is
/// null without a round, and reveals roles before the end only in the teacher's view.
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.LiveView")]
public sealed record LiveView(
    [property: Id(0)] string Ocean,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] bool Paused,
    [property: Id(4)] bool Bloom,
    [property: Id(5)] ImmutableArray<PlayerMarker> Players,
    [property: Id(6)] ImmutableArray<WhaleMarker> Whales,
    [property: Id(7)] ImmutableArray<TreasureMarker> Treasures,
    [property: Id(8)] ImmutableArray<OceanNews> Events,
    [property: Id(9)] long LastSeq,
    [property: Id(10)] RoundView? Round);

/// <summary>A player on the map: depth <see cref="Z"/>, heading in radians, speed, the whale ridden if any.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.PlayerMarker")]
public sealed record PlayerMarker(
    [property: Id(0)] string Name, [property: Id(1)] double X, [property: Id(2)] double Y, [property: Id(3)] double Z,
    [property: Id(4)] double Heading, [property: Id(5)] double Speed, [property: Id(6)] string? Whale);

[GenerateSerializer, Immutable, Alias("Mocean.WhaleMarker")]
public sealed record WhaleMarker([property: Id(0)] string Name, [property: Id(1)] double X, [property: Id(2)] double Y);

/// <summary>A treasure lying at its seamount (for a signed-in teacher's map only).</summary>
[GenerateSerializer, Immutable, Alias("Mocean.TreasureMarker")]
public sealed record TreasureMarker(
    [property: Id(0)] string Name, [property: Id(1)] string Seamount,
    [property: Id(2)] double X, [property: Id(3)] double Y, [property: Id(4)] double Z);

/// <summary>One event of the feed (never chat text): kind as the engine names it (Join, TreasureTaken, ...).</summary>
[GenerateSerializer, Immutable, Alias("Mocean.OceanNews")]
public sealed record OceanNews(
    [property: Id(0)] long Seq, [property: Id(1)] DateTimeOffset At, [property: Id(2)] string Kind,
    [property: Id(3)] string Player, [property: Id(4)] string? Detail);

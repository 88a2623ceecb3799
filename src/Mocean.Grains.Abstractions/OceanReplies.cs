using System.Collections.Immutable;

namespace Mocean.Grains;

/// <summary>
/// A refusal by the game: the HTTP status it maps to, one line saying what to send instead, and the engine's
/// name for it (<c>UnknownPlayer</c>, <c>NameInUse</c>, ...).
/// </summary>
[GenerateSerializer, Immutable, Alias("Mocean.OceanFault")]
public sealed record OceanFault([property: Id(0)] int Status, [property: Id(1)] string Message, [property: Id(2)] string Code)
{
    public bool UnknownPlayer => Code == "UnknownPlayer";
}

/// <summary>What an ocean answered: a value, or a fault.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.OceanResult`1")]
public sealed record OceanResult<T>([property: Id(0)] T? Value, [property: Id(1)] OceanFault? Fault)
{
    public static OceanResult<T> Ok(T value) => new(value, null);
}

/// <summary>"The game says no" (<see cref="Done"/> false) or what happened; both are 200.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.GameLine")]
public sealed record GameLine([property: Id(0)] bool Done, [property: Id(1)] string Text);

[GenerateSerializer, Immutable, Alias("Mocean.PlaceReply")]
public sealed record PlaceReply([property: Id(0)] double X, [property: Id(1)] double Y, [property: Id(2)] double Z);

[GenerateSerializer, Immutable, Alias("Mocean.MotionReply")]
public sealed record MotionReply(
    [property: Id(0)] double X, [property: Id(1)] double Y, [property: Id(2)] double Z,
    [property: Id(3)] double Vx, [property: Id(4)] double Vy, [property: Id(5)] double Heading);

[GenerateSerializer, Immutable, Alias("Mocean.VelocityReply")]
public sealed record VelocityReply([property: Id(0)] double Vx, [property: Id(1)] double Vy, [property: Id(2)] double Heading);

[GenerateSerializer, Immutable, Alias("Mocean.LocationReply")]
public sealed record LocationReply(
    [property: Id(0)] double X, [property: Id(1)] double Y, [property: Id(2)] double Z,
    [property: Id(3)] bool Wrap, [property: Id(4)] bool Msg, [property: Id(5)] bool Near);

/// <summary>One thing in sight; <see cref="Kind"/> is <c>whale</c>, <c>treasure</c> or <c>player</c>.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.SightingReply")]
public sealed record SightingReply(
    [property: Id(0)] string Kind, [property: Id(1)] string Name,
    [property: Id(2)] double X, [property: Id(3)] double Y, [property: Id(4)] double Z);

/// <summary>Where a teleport landed, or (<see cref="Line"/> not done) why it did not happen.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.TeleportReply")]
public sealed record TeleportReply([property: Id(0)] GameLine Line, [property: Id(1)] PlaceReply Place);

/// <summary>One line of an ocean's chat log, for the teacher.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.ChatLine")]
public sealed record ChatLine(
    [property: Id(0)] DateTimeOffset At, [property: Id(1)] string From, [property: Id(2)] string To, [property: Id(3)] string Text);

/// <summary>Everything the live map of one ocean draws at one instant (see the ocean hosting README).</summary>
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
    [property: Id(9)] long LastSeq);

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

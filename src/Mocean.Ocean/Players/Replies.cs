using Orleans;

namespace Mocean.Ocean;

/// <summary>A "the game says no" or "it happened" answer: <see cref="Done"/> is false when nothing changed.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.GameReply")]
public sealed record GameReply([property: Id(0)] bool Done, [property: Id(1)] string Text);

/// <summary>Where a player is: the reply of <c>dive</c> and <c>teleport</c> (<c>x,y,z</c>).</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Place")]
public sealed record Place([property: Id(0)] double X, [property: Id(1)] double Y, [property: Id(2)] double Z);

/// <summary>Place and velocity: the reply of <c>accel</c> and <c>stop</c> (<c>x,y,z,vx,vy,heading</c>).</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Motion")]
public sealed record Motion(
    [property: Id(0)] double X, [property: Id(1)] double Y, [property: Id(2)] double Z,
    [property: Id(3)] double Vx, [property: Id(4)] double Vy, [property: Id(5)] double Heading);

/// <summary>The reply of <c>velocity</c> (<c>vx,vy,heading</c>).</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Velocity")]
public sealed record Velocity([property: Id(0)] double Vx, [property: Id(1)] double Vy, [property: Id(2)] double Heading);

/// <summary>The reply of <c>location</c> (<c>x,y,z,wrap,msg,near</c>, flags written 0/1).</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Location")]
public sealed record Location(
    [property: Id(0)] double X, [property: Id(1)] double Y, [property: Id(2)] double Z,
    [property: Id(3)] bool Wrap, [property: Id(4)] bool Msg, [property: Id(5)] bool Near);

[GenerateSerializer, Alias("Mocean.SightingKind")]
public enum SightingKind
{
    Whale,
    Treasure,
    Player,
    /// <summary>Where a crewmate was tagged in a round (<see cref="Sighting.Name"/> is theirs).</summary>
    Beacon,
}

/// <summary>Where a teleport landed, or (<see cref="GameReply.Done"/> false) why it did not happen.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Teleported")]
public sealed record Teleported([property: Id(0)] GameReply Reply, [property: Id(1)] Place Place);

/// <summary>One thing in sight: <c>look</c> writes <c>kind,x,y,z,</c> (kind in lower case) for each.</summary>
[GenerateSerializer, Immutable, Alias("Mocean.Sighting")]
public sealed record Sighting(
    [property: Id(0)] SightingKind Kind, [property: Id(1)] string Name,
    [property: Id(2)] double X, [property: Id(3)] double Y, [property: Id(4)] double Z);

/// <summary>A player as the live map draws it.</summary>
public sealed record PlayerMark(string Name, double X, double Y, double Z, double Heading, double Speed, string? Whale);

/// <summary>A whale at the surface as the live map draws it.</summary>
public sealed record WhaleMark(string Name, double X, double Y);

/// <summary>A treasure lying at its seamount (shown only to a signed-in teacher).</summary>
public sealed record TreasureMark(string Name, string Seamount, double X, double Y, double Z);

/// <summary>Everything the live map draws at one instant.</summary>
public sealed record OceanView(
    DateTimeOffset At,
    bool Paused,
    bool Bloom,
    IReadOnlyList<PlayerMark> Players,
    IReadOnlyList<WhaleMark> Whales,
    IReadOnlyList<TreasureMark> Treasures);

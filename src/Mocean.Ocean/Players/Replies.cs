namespace Mocean.Ocean;

/// <summary>A "the game says no" or "it happened" answer: <see cref="Done"/> is false when nothing changed.</summary>
public sealed record GameReply(bool Done, string Text);

/// <summary>Where a player is: the reply of <c>dive</c> and <c>teleport</c> (<c>x,y,z</c>).</summary>
public sealed record Place(double X, double Y, double Z);

/// <summary>Place and velocity: the reply of <c>accel</c> and <c>stop</c> (<c>x,y,z,vx,vy,heading</c>).</summary>
public sealed record Motion(double X, double Y, double Z, double Vx, double Vy, double Heading);

/// <summary>The reply of <c>velocity</c> (<c>vx,vy,heading</c>).</summary>
public sealed record Velocity(double Vx, double Vy, double Heading);

/// <summary>The reply of <c>location</c> (<c>x,y,z,wrap,msg,near</c>, flags written 0/1).</summary>
public sealed record Location(double X, double Y, double Z, bool Wrap, bool Msg, bool Near);

public enum SightingKind
{
    Whale,
    Treasure,
    Player,
    /// <summary>Where a crewmate was tagged in a round (<see cref="Sighting.Name"/> is theirs).</summary>
    Beacon,
}

/// <summary>One thing in sight: <c>look</c> writes <c>kind,x,y,z,</c> (kind in lower case) for each.</summary>
public sealed record Sighting(SightingKind Kind, string Name, double X, double Y, double Z);

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

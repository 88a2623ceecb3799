namespace Mocean.Client.Ocean;

/// <summary><c>location</c>: where the player is, and the three flags: an edge crossed since the last <c>location</c>, a chat message waiting, something in sight.</summary>
public sealed record Location(double X, double Y, double Z, bool Wrapped, bool MessageWaiting, bool SomethingNear) : Timed;

/// <summary><c>velocity</c>: the velocity's east and north parts and the heading (radians, counter-clockwise from east).</summary>
public sealed record Velocity(double Vx, double Vy, double Heading) : Timed
{
    public double Speed => Math.Sqrt((Vx * Vx) + (Vy * Vy));
}

/// <summary><c>accel</c> and <c>stop</c>: position and velocity after the control.</summary>
public sealed record Motion(double X, double Y, double Z, double Vx, double Vy, double Heading) : Timed
{
    public double Speed => Math.Sqrt((Vx * Vx) + (Vy * Vy));
}

/// <summary><c>dive</c> and <c>teleport</c>: the position after the move.</summary>
public sealed record Position(double X, double Y, double Z) : Timed;

/// <summary>One thing in sight: its kind (<c>whale</c>, <c>treasure</c>, <c>player</c>) and where it is.</summary>
public sealed record Sighting(string Kind, double X, double Y, double Z);

/// <summary><c>look</c>: everything within sight (empty when nothing is).</summary>
public sealed record Sightings(IReadOnlyList<Sighting> Items) : Timed;

/// <summary><c>ping</c>: metres from the surface to the floor under the player.</summary>
public sealed record Ping(double FloorDepth) : Timed;

/// <summary><c>inventory</c>: the names of the items held.</summary>
public sealed record Inventory(IReadOnlyList<string> Items) : Timed;

/// <summary><c>who</c>: the players of an ocean.</summary>
public sealed record Who(int Count, IReadOnlyList<string> Names) : Timed;

/// <summary>A sentence for people (what <c>get</c>, <c>use</c>, chat and <c>quit</c> answer).</summary>
public sealed record Said(string Text) : Timed;

/// <summary>The keys of <c>accel</c>: faster, veer left, slower, veer right.</summary>
public enum Control
{
    Faster = 'w',
    Left = 'a',
    Slower = 's',
    Right = 'd',
}

/// <summary>The keys of <c>dive</c>: rise 5 m, sink 5 m.</summary>
public enum Dive
{
    Rise = 'r',
    Sink = 'f',
}

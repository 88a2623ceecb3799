namespace Mocean.Steps.Duck;

/// <summary>Where the duck and the wolf are: duck at radius <c>R</c> and angle <c>A</c>, wolf at shore angle <c>B</c> (degrees).</summary>
public sealed record DuckState(double R, double A, double B)
{
    /// <summary>The start: duck in the middle, wolf at angle 0 (East).</summary>
    public static readonly DuckState Start = new(0, 0, 0);
}

/// <summary>How a move ended: the game goes on, the wolf eats the duck, or the duck flies away.</summary>
public enum DuckEnding
{
    None,
    Eaten,
    Escaped,
}

/// <summary>The result of one move: where both are now, how long it took, and whether the game ended.</summary>
public sealed record DuckMove(DuckState State, double Seconds, DuckEnding Ending);

/// <summary>
/// The geometry of Duck and Wolf. A pond of radius 50 m; the duck swims 1 m/s in a straight line; the wolf
/// runs 4 m/s round the shore the shorter way toward the duck's destination angle and stops there if he
/// reaches it. Reaching the shore where the wolf is not, the duck flies away.
/// </summary>
public static class DuckPond
{
    public const double Radius = 50;
    public const double DuckSpeed = 1;
    public const double WolfSpeed = 4;

    /// <summary>How close (in degrees) the wolf must be to the landing angle to catch the duck.</summary>
    public const double CatchTolerance = 1e-9;

    /// <summary>An angle in degrees brought into (-180, 180].</summary>
    public static double Normalize(double degrees)
    {
        var angle = degrees % 360;
        if (angle <= -180)
        {
            angle += 360;
        }
        else if (angle > 180)
        {
            angle -= 360;
        }

        return angle == 0 ? 0 : angle;
    }

    /// <summary>A radius brought into [0, 50] (never -0, so no reply shows <c>-0</c>).</summary>
    public static double Clamp(double radius) => radius <= 0 ? 0 : Math.Min(radius, Radius);

    /// <summary>A state with its radius clamped and its angles normalised.</summary>
    public static DuckState Tidy(DuckState state) => new(Clamp(state.R), Normalize(state.A), Normalize(state.B));

    /// <summary>The duck swims in a straight line to (rd, ad) while the wolf runs toward ad.</summary>
    public static DuckMove Swim(DuckState from, double rd, double ad)
    {
        var start = Tidy(from);
        var r = Clamp(rd);
        var a = Normalize(ad);
        var seconds = Distance(start.R, start.A, r, a) / DuckSpeed;
        return Finish(new DuckState(r, a, Chase(start.B, a, seconds)), seconds);
    }

    /// <summary>The duck sits still for one second while the wolf runs toward her angle.</summary>
    public static DuckMove SitStill(DuckState from)
    {
        var start = Tidy(from);
        return Finish(start with { B = Chase(start.B, start.A, 1) }, 1);
    }

    /// <summary>The straight-line distance in metres between two points given in polar form (degrees).</summary>
    public static double Distance(double r1, double a1, double r2, double a2)
    {
        var (x1, y1) = (r1 * Math.Cos(Radians(a1)), r1 * Math.Sin(Radians(a1)));
        var (x2, y2) = (r2 * Math.Cos(Radians(a2)), r2 * Math.Sin(Radians(a2)));
        return Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1)));
    }

    /// <summary>The wolf at angle <paramref name="wolf"/> runs the shorter way toward <paramref name="target"/> for some seconds.</summary>
    public static double Chase(double wolf, double target, double seconds)
    {
        var reach = WolfSpeed * seconds / Radius * 180 / Math.PI;
        var gap = Normalize(target - wolf);
        return Math.Abs(gap) <= reach ? Normalize(target) : Normalize(wolf + (Math.Sign(gap) * reach));
    }

    private static DuckMove Finish(DuckState state, double seconds)
    {
        if (state.R < Radius)
        {
            return new DuckMove(state, seconds, DuckEnding.None);
        }

        var caught = Math.Abs(Normalize(state.B - state.A)) <= CatchTolerance;
        return new DuckMove(state, seconds, caught ? DuckEnding.Eaten : DuckEnding.Escaped);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}

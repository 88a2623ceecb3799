namespace Mocean.Ocean.World;

/// <summary>Geometry of the torus: wrapping and the short way round in x and y, plain depth in z.</summary>
public readonly record struct Torus(double Width, double Height)
{
    public static Torus Of(OceanRules settings) => new(settings.Width, settings.Height);

    public double WrapX(double x) => Wrap(x, Width);

    public double WrapY(double y) => Wrap(y, Height);

    /// <summary>The signed shortest step from <paramref name="from"/> to <paramref name="to"/> along x.</summary>
    public double DeltaX(double from, double to) => Shortest(to - from, Width);

    public double DeltaY(double from, double to) => Shortest(to - from, Height);

    public double Distance2D(double x1, double y1, double x2, double y2)
    {
        var dx = DeltaX(x1, x2);
        var dy = DeltaY(y1, y2);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    public double Distance3D(double x1, double y1, double z1, double x2, double y2, double z2)
    {
        var dx = DeltaX(x1, x2);
        var dy = DeltaY(y1, y2);
        var dz = z2 - z1;
        return Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
    }

    private static double Wrap(double v, double size)
    {
        var r = v % size;
        if (r < 0)
        {
            r += size;
        }
        return r >= size ? 0 : r + 0.0; // + 0.0 turns -0 into 0
    }

    private static double Shortest(double d, double size)
    {
        d %= size;
        if (d > size / 2)
        {
            d -= size;
        }
        else if (d < -size / 2)
        {
            d += size;
        }
        return d;
    }
}

/// <summary>Headings: radians in (-π, π], counter-clockwise from east.</summary>
public static class Heading
{
    /// <summary>Into (-π, π]; within a rounding error of -π (after twelve veers, say) is π.</summary>
    public static double Normalize(double h)
    {
        var r = Math.IEEERemainder(h, 2 * Math.PI);
        return r <= -Math.PI + 1e-12 ? Math.PI : r + 0.0;
    }

    public static double FromDegrees(double degrees) => degrees * Math.PI / 180;
}

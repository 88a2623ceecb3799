namespace Mocean.Ocean.World;

/// <summary>A Gaussian hill on the sea floor: raises the floor by <c>Height·exp(-½(r/Sigma)²)</c> within the extent.</summary>
public sealed record Seamount(int Index, string Name, int X, int Y, double Sigma, double Height);

/// <summary>Where the floor is: metres from the surface at (x, y). The world's sea floor, or it with a round's lost city.</summary>
public interface IFloor
{
    double DepthAt(double x, double y);
}

/// <summary>
/// The sea floor: a flat floor, a trench of open rectangles (the trench wins over seamounts), and
/// seamounts that add up, measured the short way round the torus. The floor never rises above 0.
/// </summary>
public sealed class SeaFloor(OceanRules settings, IReadOnlyList<Seamount> seamounts) : IFloor
{
    private readonly Torus _torus = Torus.Of(settings);

    public IReadOnlyList<Seamount> Seamounts { get; } = seamounts;

    public bool InTrench(double x, double y)
    {
        foreach (var rect in settings.Trench)
        {
            if (rect.Contains(x, y))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Metres from the surface to the floor at (x, y).</summary>
    public double DepthAt(double x, double y)
    {
        x = _torus.WrapX(x);
        y = _torus.WrapY(y);
        if (InTrench(x, y))
        {
            return settings.TrenchDepth;
        }
        var rise = 0.0;
        foreach (var s in Seamounts)
        {
            var r = _torus.Distance2D(x, y, s.X, s.Y);
            if (r <= settings.SeamountExtentSigmas * s.Sigma)
            {
                var q = r / s.Sigma;
                rise += s.Height * Math.Exp(-0.5 * q * q);
            }
        }
        return Math.Max(0, settings.FloorDepth - rise);
    }

    /// <summary>The seamount whose centre is nearest, the short way round the torus (the first on a tie).</summary>
    public Seamount Nearest(double x, double y)
    {
        var best = Seamounts[0];
        var bestDistance = double.MaxValue;
        foreach (var s in Seamounts)
        {
            var d = _torus.Distance2D(x, y, s.X, s.Y);
            if (d < bestDistance)
            {
                best = s;
                bestDistance = d;
            }
        }
        return best;
    }
}

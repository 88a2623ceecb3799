using Mocean.Ocean.World;

namespace Mocean.Ocean.Rounds;

/// <summary>
/// The round's lost city: a hollow in the floor at (X, Y). Within <see cref="RoundSettings.CityRadius"/> of its centre
/// the floor is the deeper of the sea floor and <c>Base + Height·exp(-½(r/Sigma)²)</c> (80 m at the centre by default),
/// measured the short way round the torus.
/// </summary>
public sealed record LostCity(double X, double Y)
{
    /// <summary>How deep the city alone makes the floor at (x, y); 0 outside its radius.</summary>
    public double Hollow(double x, double y, Torus torus, RoundSettings s)
    {
        var r = torus.Distance2D(x, y, X, Y);
        if (r > s.CityRadius)
        {
            return 0;
        }
        var q = r / s.CitySigma;
        return s.CityBase + (s.CityHeight * Math.Exp(-0.5 * q * q));
    }

    /// <summary>
    /// Draws the city's centre: uniform over the ocean, drawn again (x then y each time) until it is at least
    /// <see cref="RoundSettings.CityFromSeamounts"/> from every seamount centre and <see cref="RoundSettings.CityFromTrench"/>
    /// from the trench. Null when <paramref name="attempts"/> draws find no such place.
    /// </summary>
    public static LostCity? Place(SplitMix64 rng, SeaFloor floor, OceanRules ocean, RoundSettings s, int attempts = 10_000)
    {
        var torus = Torus.Of(ocean);
        for (var i = 0; i < attempts; i++)
        {
            var x = rng.NextDouble() * ocean.Width;
            var y = rng.NextDouble() * ocean.Height;
            if (floor.Seamounts.All(m => torus.Distance2D(x, y, m.X, m.Y) >= s.CityFromSeamounts)
                && ocean.Trench.All(t => FromRect(torus, x, y, t) >= s.CityFromTrench))
            {
                return new LostCity(x, y);
            }
        }
        return null;
    }

    /// <summary>The distance from a point to a trench rectangle, the short way round the torus (0 inside or on it).</summary>
    internal static double FromRect(Torus torus, double x, double y, TrenchRect r)
    {
        var dx = FromInterval(x, r.X0, r.X1, torus.Width);
        var dy = FromInterval(y, r.Y0, r.Y1, torus.Height);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private static double FromInterval(double v, double lo, double hi, double size)
    {
        var t = new Torus(size, size);
        var offset = t.WrapX(v - lo);
        return offset <= hi - lo ? 0 : Math.Min(Math.Abs(t.DeltaX(v, lo)), Math.Abs(t.DeltaX(v, hi)));
    }
}

/// <summary>The floor during a round: the sea floor, deepened by the lost city. Ping, diving and the floor push all read it.</summary>
public sealed class CityFloor(SeaFloor floor, LostCity city, Torus torus, RoundSettings settings) : IFloor
{
    public double DepthAt(double x, double y) => Math.Max(floor.DepthAt(x, y), city.Hollow(x, y, torus, settings));
}

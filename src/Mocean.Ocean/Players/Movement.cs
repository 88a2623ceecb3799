using Mocean.Ocean.State;
using Mocean.Ocean.World;

namespace Mocean.Ocean.Players;

/// <summary>The rules of motion, as pure functions of a player's state.</summary>
internal static class Movement
{
    public static double TopSpeed(PlayerState p, OceanRules s) =>
        p.Whale is not null ? s.WhaleTopSpeed : p.Z <= 0 ? s.SurfaceTopSpeed : s.SubmergedTopSpeed;

    public static double Vx(PlayerState p) => Clean(p.Speed * Math.Cos(p.Heading));

    public static double Vy(PlayerState p) => Clean(p.Speed * Math.Sin(p.Heading));

    /// <summary>
    /// Moves the player along its velocity for the ocean time since it last moved, wrapping at the
    /// edges (and remembering that an edge was crossed); a submerged player whose floor rose above
    /// them is pushed up to it.
    /// </summary>
    public static PlayerState Advance(PlayerState p, DateTimeOffset now, IFloor floor, OceanRules s)
    {
        if (now <= p.MovedAt)
        {
            return p;
        }
        if (p.Speed == 0)
        {
            return p with { MovedAt = now };
        }
        var seconds = (now - p.MovedAt).TotalSeconds;
        var rawX = p.X + (p.Speed * Math.Cos(p.Heading) * seconds);
        var rawY = p.Y + (p.Speed * Math.Sin(p.Heading) * seconds);
        var torus = Torus.Of(s);
        var x = torus.WrapX(rawX);
        var y = torus.WrapY(rawY);
        var crossed = rawX < 0 || rawX >= s.Width || rawY < 0 || rawY >= s.Height;
        var z = p.Z > 0 ? Math.Min(p.Z, ShallowestOnTheWay(p, p.Speed * seconds, floor)) : p.Z;
        return p with { X = x, Y = y, Z = z, Wrapped = p.Wrapped || crossed, MovedAt = now };
    }

    /// <summary>
    /// The shallowest floor along a straight run (sampled every metre, at most 4096 samples), so a
    /// submerged player crossing a seamount between two requests is pushed up as if watched all along.
    /// </summary>
    private static double ShallowestOnTheWay(PlayerState p, double distance, IFloor floor)
    {
        const int MaxSamples = 4096;
        var samples = (int)Math.Min(MaxSamples, Math.Ceiling(distance));
        var (cos, sin) = (Math.Cos(p.Heading), Math.Sin(p.Heading));
        var shallowest = double.MaxValue;
        for (var i = 1; i <= samples; i++)
        {
            var d = distance * i / samples;
            shallowest = Math.Min(shallowest, floor.DepthAt(p.X + (d * cos), p.Y + (d * sin)));
        }
        return shallowest;
    }

    /// <summary>The <c>accel</c> controls w, s, a, d (case-insensitive); any other letter is a <see cref="OceanError.BadControl"/>.</summary>
    public static PlayerState Accel(PlayerState p, string ctrl, OceanRules s)
    {
        var veer = Heading.FromDegrees(s.VeerDegrees);
        return ctrl.ToUpperInvariant() switch
        {
            "W" => p with { Speed = p.Speed == 0 ? Math.Min(s.StartSpeed, TopSpeed(p, s)) : Math.Min(p.Speed * s.SpeedUpFactor, TopSpeed(p, s)) },
            "S" => p with { Speed = p.Speed * s.SlowDownFactor < s.StopBelow ? 0 : p.Speed * s.SlowDownFactor },
            "A" => p with { Heading = Heading.Normalize(p.Heading + veer) },
            "D" => p with { Heading = Heading.Normalize(p.Heading - veer) },
            _ => throw new OceanException(OceanError.BadControl, "ctrl must be one of w (faster), s (slower), a (veer left), d (veer right)"),
        };
    }

    /// <summary>The <c>dive</c> controls r (rise) and f (sink); diving stops the player.</summary>
    public static PlayerState Dive(PlayerState p, string ctrl, IFloor floor, OceanRules s) => ctrl.ToUpperInvariant() switch
    {
        "R" => p with { Z = Math.Max(0, p.Z - s.DiveStep), Speed = 0 },
        "F" => p with { Z = Math.Max(p.Z, Math.Min(floor.DepthAt(p.X, p.Y), p.Z + s.DiveStep)), Speed = 0 },
        _ => throw new OceanException(OceanError.BadControl, "ctrl must be r (rise 5 m) or f (sink 5 m)"),
    };

    /// <summary>Speed never exceeds the current top speed (after getting off a whale, say).</summary>
    public static PlayerState CapSpeed(PlayerState p, OceanRules s) => p with { Speed = Math.Min(p.Speed, TopSpeed(p, s)) };

    public static double Sight(PlayerState p, OceanRules s) =>
        Holds(p, Items.ItemNames.Binoculars) ? s.BinocularsSight : Math.Max(s.SightMin, s.SightBase - p.Z);

    public static double Reach(PlayerState p, OceanRules s) => Holds(p, Items.ItemNames.BoatHook) ? s.BoatHookReach : s.Reach;

    public static bool Holds(PlayerState p, string item) => p.Inventory.Contains(item, StringComparer.OrdinalIgnoreCase);

    public static Motion ToMotion(PlayerState p) => new(p.X, p.Y, p.Z, Vx(p), Vy(p), p.Heading);

    /// <summary>Never -0 on the wire.</summary>
    public static double Clean(double v) => v + 0.0;
}

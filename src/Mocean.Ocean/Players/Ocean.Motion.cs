using Mocean.Ocean.Players;
using Mocean.Ocean.State;

namespace Mocean.Ocean;

/// <summary>Motion and senses: location, velocity, accel, stop, dive, teleport, ping, look.</summary>
public sealed partial class Ocean
{
    /// <summary><c>x,y,z,wrap,msg,near</c>; reading it clears the wrap flag.</summary>
    public Location Location(string id)
    {
        var p = Touch(id);
        Store(p with { Wrapped = false });
        return new Location(p.X, p.Y, p.Z, p.Wrapped, p.Inbox is not null || p.Notice is not null, Sight(p).Count > 0);
    }

    public Velocity Velocity(string id)
    {
        var p = Touch(id);
        return new Velocity(Movement.Vx(p), Movement.Vy(p), p.Heading);
    }

    /// <summary>The <c>accel</c> controls w, a, s, d.</summary>
    public Motion Accel(string id, string ctrl)
    {
        var p = Touch(id);
        return Movement.ToMotion(Store(Movement.Accel(p, ctrl ?? "", Settings)));
    }

    /// <summary>Full stop, heading kept.</summary>
    public Motion Stop(string id) => Movement.ToMotion(Store(Touch(id) with { Speed = 0 }));

    /// <summary>The <c>dive</c> controls r (rise 5 m) and f (sink 5 m, not below the floor); diving stops.</summary>
    public Place Dive(string id, string ctrl)
    {
        var p = Store(Movement.Dive(Touch(id), ctrl ?? "", World.Floor, Settings));
        return new Place(p.X, p.Y, p.Z);
    }

    /// <summary>Needs the teleport crystal: lands at (x, y) wrapped, at the surface, stopped.</summary>
    public (GameReply Reply, Place Place) Teleport(string id, double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            throw new OceanException(OceanError.BadArgument, "x and y must be numbers, like x=450&y=450");
        }
        var p = Touch(id);
        if (!Movement.Holds(p, Items.ItemNames.TeleportCrystal))
        {
            return (new GameReply(false, "you need the teleport crystal to teleport"), new Place(p.X, p.Y, p.Z));
        }
        p = Store(Movement.CapSpeed(p with { X = Torus.WrapX(x), Y = Torus.WrapY(y), Z = 0, Speed = 0 }, Settings));
        return (new GameReply(true, "teleported"), new Place(p.X, p.Y, p.Z));
    }

    /// <summary>Metres from the surface to the floor where the player is.</summary>
    public double Ping(string id)
    {
        var p = Touch(id);
        return World.Floor.DepthAt(p.X, p.Y);
    }

    /// <summary>Everything within sight (3-D, torus-aware): whales at the surface, treasures lying, other players.</summary>
    public IReadOnlyList<Sighting> Look(string id) => Sight(Touch(id));

    private List<Sighting> Sight(PlayerState p)
    {
        var now = OceanNow;
        var range = Movement.Sight(p, Settings);
        var seen = new List<Sighting>();
        bool InSight(double x, double y, double z) => Torus.Distance3D(p.X, p.Y, p.Z, x, y, z) <= range;
        foreach (var w in _whales.Where(w => w.Rider is null))
        {
            var (x, y) = WhalePosition(w, now);
            if (InSight(x, y, 0))
            {
                seen.Add(new Sighting(SightingKind.Whale, w.Name, x, y, 0));
            }
        }
        foreach (var t in World.Treasures.Where(t => TreasureLies(t.Index, now) && InSight(t.X, t.Y, t.Z)))
        {
            seen.Add(new Sighting(SightingKind.Treasure, t.Name, t.X, t.Y, t.Z));
        }
        foreach (var other in _players.Values.Where(o => o.Id != p.Id).OrderBy(o => o.JoinOrder))
        {
            var o = Players.Movement.Advance(other, now, World.Floor, Settings);
            if (InSight(o.X, o.Y, o.Z))
            {
                seen.Add(new Sighting(SightingKind.Player, o.Name, o.X, o.Y, o.Z));
            }
        }
        return seen;
    }
}

using Mocean.Ocean.Players;
using Mocean.Ocean.State;

namespace Mocean.Ocean;

/// <summary>Motion and senses: location, velocity, accel, stop, dive, teleport, ping, look.</summary>
public sealed partial class OceanGame
{
    /// <summary><c>x,y,z,wrap,msg,near</c>; reading it clears the wrap flag.</summary>
    public Location Location(string id)
    {
        var p = Touch(id);
        Store(p with { Wrapped = false });
        return new Location(p.X, p.Y, p.Z, p.Wrapped, p.Inbox is not null || p.Notice is not null, Sightings(p, inJoinOrder: false).Any());
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
        NoMotionInMeeting();
        return Movement.ToMotion(Store(Movement.Accel(p, ctrl ?? "", Settings)));
    }

    /// <summary>Full stop, heading kept.</summary>
    public Motion Stop(string id)
    {
        var p = Touch(id);
        NoMotionInMeeting();
        return Movement.ToMotion(Store(p with { Speed = 0 }));
    }

    /// <summary>The <c>dive</c> controls r (rise 5 m) and f (sink 5 m, not below the floor); diving stops.</summary>
    public Place Dive(string id, string ctrl)
    {
        var touched = Touch(id);
        NoMotionInMeeting();
        var p = Store(Movement.Dive(touched, ctrl ?? "", Floor, Settings));
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
        NoMotionInMeeting();
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
        return Floor.DepthAt(p.X, p.Y);
    }

    /// <summary>Everything within sight (3-D, torus-aware): whales at the surface, treasures lying, other players.</summary>
    public IReadOnlyList<Sighting> Look(string id) => Sight(Touch(id));

    private List<Sighting> Sight(PlayerState p) => [.. Sightings(p, inJoinOrder: true)];

    /// <summary>
    /// What the player sees, one thing at a time (so <c>near</c> stops at the first): whales, then treasures,
    /// then other players (in the order they joined, when asked), each moved to now first (and kept there:
    /// advancing a player in small steps is what their own requests do, and it keeps each look cheap).
    /// </summary>
    private IEnumerable<Sighting> Sightings(PlayerState p, bool inJoinOrder)
    {
        var now = OceanNow;
        var range = SightOf(p);
        var torus = Torus;
        bool InSight(double x, double y, double z) => torus.Distance3D(p.X, p.Y, p.Z, x, y, z) <= range;
        foreach (var w in _whales)
        {
            if (w.Rider is null && WhalePosition(w, now) is var (x, y) && InSight(x, y, 0))
            {
                yield return new Sighting(SightingKind.Whale, w.Name, x, y, 0);
            }
        }
        foreach (var t in World.Treasures)
        {
            if (TreasureLies(t.Index, now) && InSight(t.X, t.Y, t.Z))
            {
                yield return new Sighting(SightingKind.Treasure, t.Name, t.X, t.Y, t.Z);
            }
        }
        var others = _players.Values.ToArray();
        if (inJoinOrder)
        {
            Array.Sort(others, static (a, b) => a.JoinOrder.CompareTo(b.JoinOrder));
        }

        foreach (var other in others)
        {
            if (ReferenceEquals(other, p) || other.Id == p.Id)
            {
                continue;
            }

            var o = MoveToNow(other, MotionNow);
            if (InSight(o.X, o.Y, o.Z))
            {
                yield return new Sighting(SightingKind.Player, o.Name, o.X, o.Y, o.Z);
            }
        }
        foreach (var b in _round?.Beacons ?? [])
        {
            if (InSight(b.X, b.Y, b.Z))
            {
                yield return new Sighting(SightingKind.Beacon, b.Name, b.X, b.Y, b.Z);
            }
        }
    }

    /// <summary>Moves a player to now without counting it as their access, and keeps the result.</summary>
    private PlayerState MoveToNow(PlayerState p, DateTimeOffset now)
    {
        if (p.Speed == 0)
        {
            return p; // a player at rest is where they were; their own next request moves their clock on
        }

        var moved = Movement.Advance(p, now, Floor, Settings);
        return ReferenceEquals(moved, p) ? p : Store(moved);
    }
}

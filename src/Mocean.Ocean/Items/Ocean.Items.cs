using Mocean.Ocean.Players;
using Mocean.Ocean.State;

namespace Mocean.Ocean;

/// <summary>Getting treasures and whales, inventory, whale and seamount names.</summary>
public sealed partial class OceanGame
{
    /// <summary>
    /// <c>get item=treasure</c> takes the nearest treasure in reach; <c>get item=whale</c> rides the nearest whale in
    /// reach. Before the bloom a whale in reach is too hungry; with <paramref name="hungerFirst"/> (the original's order,
    /// for classic mode) the whales are too hungry before anyone looks for one in reach.
    /// </summary>
    public GameReply Get(string id, string item, bool hungerFirst = false)
    {
        var p = Touch(id);
        return (item ?? "").Trim().ToUpperInvariant() switch
        {
            "TREASURE" => GetTreasure(p),
            "WHALE" => GetWhale(NoMotionInMeeting(p), hungerFirst),
            _ => throw new OceanException(OceanError.BadArgument, "item must be treasure or whale"),
        };
    }

    public IReadOnlyList<string> Inventory(string id) => Touch(id).Inventory;

    /// <summary>The name of the whale the player rides, or a "not riding" answer.</summary>
    public GameReply WhaleName(string id)
    {
        var p = Touch(id);
        return p.Whale is int w ? new GameReply(true, _whales[w].Name) : new GameReply(false, "you are not riding a whale");
    }

    /// <summary>The nearest seamount's name, the short way round the torus.</summary>
    public string SeamountName(string id)
    {
        var p = Touch(id);
        return World.Floor.Nearest(p.X, p.Y).Name;
    }

    private GameReply GetTreasure(PlayerState p)
    {
        var now = OceanNow;
        var reach = Movement.Reach(p, Settings);
        var spot = World.Treasures
            .Where(t => TreasureLies(t.Index, now))
            .Select(t => (t, d: Torus.Distance3D(p.X, p.Y, p.Z, t.X, t.Y, t.Z)))
            .Where(x => x.d <= reach)
            .OrderBy(x => x.d)
            .Select(x => x.t)
            .FirstOrDefault();
        if (spot is null)
        {
            return new GameReply(false, "nothing in reach: treasures lie on the sea floor at the seamount peaks");
        }
        if (!spot.IsPile)
        {
            _taken[spot.Index] = now;
        }
        Store(p with { Inventory = [.. p.Inventory, spot.Name] });
        _events.Add(WallNow, EventKind.TreasureTaken, p.Name, spot.Name);
        return new GameReply(true, $"you got the {spot.Name}");
    }

    private GameReply GetWhale(PlayerState p, bool hungerFirst)
    {
        if (p.Whale is int ridden)
        {
            return new GameReply(false, $"you are already riding {_whales[ridden].Name}");
        }
        if (hungerFirst && !_bloom)
        {
            return TooHungry;
        }
        var now = OceanNow;
        var reach = Movement.Reach(p, Settings);
        var nearest = _whales
            .Where(w => w.Rider is null)
            .Select(w => (w, d: WhaleDistance(p, w, now)))
            .Where(x => x.d <= reach)
            .OrderBy(x => x.d)
            .Select(x => x.w)
            .FirstOrDefault();
        if (nearest is null)
        {
            return new GameReply(false, "nothing in reach: whales swim at the surface");
        }
        if (!_bloom)
        {
            return TooHungry;
        }
        _whales[nearest.Index] = nearest with { Rider = p.Id };
        Store(p with { Whale = nearest.Index });
        _events.Add(WallNow, EventKind.WhaleRidden, p.Name, nearest.Name);
        return new GameReply(true, $"you are riding {nearest.Name}");
    }

    private static readonly GameReply TooHungry = new(false, "the whales are too hungry to carry you: the ocean needs feeding first");

    private double WhaleDistance(PlayerState p, WhaleState w, DateTimeOffset now)
    {
        var (x, y) = WhalePosition(w, now);
        return Torus.Distance3D(p.X, p.Y, p.Z, x, y, 0);
    }

    /// <summary>The rider gets off: the whale comes back to the surface where they are and swims on along their heading.</summary>
    private PlayerState ReleaseWhale(PlayerState p, int whale)
    {
        var w = _whales[whale];
        _whales[whale] = w with { X = p.X, Y = p.Y, Heading = p.Heading, Since = OceanNow, Rider = null };
        _events.Add(WallNow, EventKind.WhaleLeft, p.Name, w.Name);
        return Movement.CapSpeed(p with { Whale = null }, Settings);
    }

    private static bool IsItem(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;
using Mocean.Ocean.State;
using Mocean.Ocean.World;

namespace Mocean.Ocean;

/// <summary>Joining, leaving, names and idle players.</summary>
public sealed partial class OceanGame
{
    /// <summary>
    /// A new player, at the surface at a random x and y in 40..200 (the server's randomness), with a
    /// random heading, speed 0, holding an air tank. The id is the server's (secret, unique); the name
    /// is 1-20 letters and digits, not in use (case-insensitively), not blocked.
    /// </summary>
    public PlayerState Join(string id, string name, int capacity = 0)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new ArgumentException("the server must give an id", nameof(id));
        }
        if (capacity > 0 && _players.Count >= capacity)
        {
            throw new OceanException(OceanError.Full, string.Create(CultureInfo.InvariantCulture, $"the ocean is full: it takes {capacity} players"));
        }
        CheckName(name);
        NotSkipInRound(name);
        if (_players.ContainsKey(id))
        {
            throw new OceanException(OceanError.IdInUse, "this id is in use: draw another");
        }
        var now = OceanNow;
        var s = Settings;
        var x = s.StartMin + (_serverRandom.NextDouble() * (s.StartMax - s.StartMin));
        var y = s.StartMin + (_serverRandom.NextDouble() * (s.StartMax - s.StartMin));
        var heading = Heading.Normalize((_serverRandom.NextDouble() * 2 * Math.PI) - Math.PI);
        var p = new PlayerState(
            id, name, ++_joinSeq, Torus.WrapX(x), Torus.WrapY(y), 0, 0, heading, [s.StartItem],
            Inbox: null, Notice: null, Whale: null, Wrapped: false, Muted: false, MovedAt: now, LastAccess: now);
        Store(p);
        _idsByName[name] = id;
        _events.Add(WallNow, EventKind.Join, name, null);
        JoinRound(name);
        return p;
    }

    /// <summary>The player leaves; their whale swims on and the name is free again. Returns the goodbye line.</summary>
    public string Quit(string id)
    {
        var p = Touch(id);
        Remove(p);
        _events.Add(WallNow, EventKind.Quit, p.Name, null);
        return $"goodbye {p.Name}: your name is free again";
    }

    /// <summary>The names of the players, in the order they joined (<c>there are N players: ...</c>).</summary>
    public IReadOnlyList<string> Who() => [.. _players.Values.OrderBy(p => p.JoinOrder).Select(p => p.Name)];

    public string Name(string id) => Touch(id).Name;

    /// <summary>A player's state now (moved to now; counts as an access).</summary>
    public PlayerState Player(string id) => Touch(id);

    /// <summary>Every player as stored, in the order they joined: not moved to now, not counted as an access.</summary>
    public IReadOnlyList<PlayerState> Roster() => [.. _players.Values.OrderBy(p => p.JoinOrder)];

    /// <summary>
    /// The wall-clock moment of an ocean time such as <see cref="PlayerState.LastAccess"/> (see <see cref="OceanTime.WallOf"/>):
    /// exact since the last resume; while paused, an access during the pause is the moment the pause began.
    /// </summary>
    public DateTimeOffset WallTimeOf(DateTimeOffset oceanTime) => _clock.WallOf(oceanTime);

    /// <summary>Whether the name is in use (case-insensitively).</summary>
    public bool NameInUse(string name) => _idsByName.ContainsKey(name ?? "");

    /// <summary>The names of players idle (no request) for longer than <see cref="OceanRules.IdleLimit"/> in ocean time.</summary>
    public IReadOnlyList<string> IdlePlayers()
    {
        var now = OceanNow;
        return [.. _players.Values.Where(p => now - p.LastAccess > Settings.IdleLimit).OrderBy(p => p.JoinOrder).Select(p => p.Name)];
    }

    /// <summary>Removes the idle players (the host calls this from a timer); returns their names.</summary>
    public IReadOnlyList<string> RemoveIdlePlayers()
    {
        var idle = IdlePlayers();
        foreach (var name in idle)
        {
            var p = FindByName(name);
            Remove(p);
            _events.Add(WallNow, EventKind.Removed, p.Name, "idle");
        }
        return idle;
    }

    private void CheckName(string name)
    {
        if (!Settings.IsPlayerName(name))
        {
            throw new OceanException(OceanError.NameInvalid, $"a name is 1 to {Settings.NameMaxLength} letters and digits, like name=Nemo2");
        }
        if (_blocked.InName(name))
        {
            throw new OceanException(OceanError.NameBlocked, "this name is not allowed here: choose another");
        }
        if (NameInUse(name))
        {
            throw new OceanException(OceanError.NameInUse, "this name is in use: choose another, or wait until its player quits");
        }
    }

    private void Remove(PlayerState p)
    {
        if (p.Whale is int w)
        {
            ReleaseWhale(p, w);
        }
        _players.Remove(p.Id);
        _idsByName.Remove(p.Name);
        LeaveRound(p.Name);
    }
}

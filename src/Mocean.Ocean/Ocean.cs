using Mocean.Ocean.Chat;
using Mocean.Ocean.Events;
using Mocean.Ocean.Rounds;
using Mocean.Ocean.State;
using Mocean.Ocean.World;

namespace Mocean.Ocean;

/// <summary>
/// One ocean: the world its seed decides, and everything that happened in it since. The only owner
/// of mutable state in the engine and single-threaded: the host serialises calls (one grain, one
/// lock). Every call reads the injected clock; player positions and ids never come from the seed.
/// The methods are split by feature over the partial files in Players/, Items/, Chat/, Admin/.
/// </summary>
public sealed partial class OceanGame
{
    private readonly TimeProvider _time;
    private readonly IRandomSource _serverRandom;
    private readonly BlockedWords _blocked;
    private readonly Dictionary<string, PlayerState> _players = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, DateTimeOffset> _taken = [];
    private readonly EventFeed _events;
    private readonly ChatLog _chatLog;
    private WhaleState[] _whales;
    private OceanTime _clock = OceanTime.Running;
    private bool _bloom;
    private long _joinSeq;
    private RoundState? _round;
    private CityFloor? _cityFloor;

    private OceanGame(OceanWorld world, TimeProvider time, IRandomSource serverRandom, BlockedWords? blocked, long eventSeq)
    {
        World = world;
        _time = time;
        _serverRandom = serverRandom;
        _blocked = blocked ?? BlockedWords.None;
        _events = new EventFeed(world.Settings.EventLogSize, eventSeq);
        _chatLog = new ChatLog(world.Settings.ChatLogSize);
        _whales = FreshWhales(world, OceanNow);
    }

    /// <summary>Creates an ocean from a seed. <paramref name="serverRandom"/> places new players (never the seed).</summary>
    public static OceanGame Create(ulong seed, OceanRules settings, TimeProvider time, IRandomSource serverRandom, BlockedWords? blocked = null) =>
        new(OceanWorld.Generate(seed, settings), time, serverRandom, blocked, 0);

    /// <summary>An ocean on a given world (tests that need a known geometry).</summary>
    internal static OceanGame ForWorld(OceanWorld world, TimeProvider time, IRandomSource serverRandom, BlockedWords? blocked = null) =>
        new(world, time, serverRandom, blocked, 0);

    /// <summary>What the seed decided: sea floor, seamounts, treasure spots, whales' starts.</summary>
    public OceanWorld World { get; private set; }

    public OceanRules Settings => World.Settings;

    public ulong Seed => World.Seed;

    public bool Paused => _clock.Paused;

    public bool Bloom => _bloom;

    public int PlayerCount => _players.Count;

    /// <summary>The ocean's own time: stands still while paused.</summary>
    public DateTimeOffset OceanNow => _clock.Now(_time.GetUtcNow());

    private DateTimeOffset WallNow => _time.GetUtcNow();

    private Torus Torus => Torus.Of(Settings);

    /// <summary>The floor as players meet it: the world's, with the lost city while a round lasts.</summary>
    private IFloor Floor => _cityFloor ?? (IFloor)World.Floor;

    private static WhaleState[] FreshWhales(OceanWorld world, DateTimeOffset now) =>
        [.. world.Whales.Select(w => new WhaleState(w.Index, w.Name, w.X, w.Y, w.Heading, now, null))];

    /// <summary>Finds a player by id, brings the round up to now, moves them to now and records the access; unknown ids throw.</summary>
    private PlayerState Touch(string id)
    {
        var p = Find(id);
        SyncRound();
        p = Players.Movement.Advance(_players[p.Id], MotionNow, Floor, Settings) with { LastAccess = OceanNow };
        return Store(p);
    }

    private PlayerState Find(string id) =>
        _players.TryGetValue(id ?? "", out var p)
            ? p
            : throw new OceanException(OceanError.UnknownPlayer, "no player has this id: join first (join?name=YOURNAME) and use the id it gives");

    private PlayerState FindByName(string name) =>
        _idsByName.TryGetValue(name ?? "", out var id)
            ? _players[id]
            : throw new OceanException(OceanError.UnknownName, "no player has this name: who lists the players");

    private PlayerState Store(PlayerState p)
    {
        _players[p.Id] = p;
        return p;
    }

    /// <summary>Where a whale is now: drifting at the surface, or (ridden) under its rider.</summary>
    private (double X, double Y) WhalePosition(WhaleState w, DateTimeOffset now)
    {
        if (w.Rider is not null && _players.TryGetValue(w.Rider, out var rider))
        {
            return (rider.X, rider.Y);
        }
        var seconds = Math.Max(0, (now - w.Since).TotalSeconds);
        var d = Settings.WhaleSpeed * seconds;
        return (Torus.WrapX(w.X + (d * Math.Cos(w.Heading))), Torus.WrapY(w.Y + (d * Math.Sin(w.Heading))));
    }

    private bool TreasureLies(int index, DateTimeOffset now)
    {
        if (!_taken.TryGetValue(index, out var at))
        {
            return true;
        }
        if (now - at >= Settings.TreasureReturn)
        {
            _taken.Remove(index);
            return true;
        }
        return false;
    }
}

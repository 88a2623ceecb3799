using Mocean.Ocean.Chat;
using Mocean.Ocean.State;
using Mocean.Ocean.World;

namespace Mocean.Ocean;

/// <summary>Persistence (snapshots) and the live map's view.</summary>
public sealed partial class OceanGame
{
    /// <summary>The whole state now, immutable; <see cref="FromSnapshot"/> restores it exactly.</summary>
    public OceanSnapshot Snapshot() => new(
        OceanSnapshot.CurrentVersion,
        Seed,
        Settings,
        [.. _players.Values.OrderBy(p => p.JoinOrder)],
        [.. _whales],
        [.. _taken.OrderBy(t => t.Key).Select(t => new TreasureTaken(t.Key, t.Value))],
        _bloom,
        _clock,
        _joinSeq,
        _events.LastSeq,
        _events.All,
        _chatLog.Entries,
        _round,
        _roundsStarted);

    /// <summary>An ocean as it was at the snapshot: the world regenerated from its seed and settings, the rest restored.</summary>
    public static OceanGame FromSnapshot(OceanSnapshot snapshot, TimeProvider time, IRandomSource serverRandom, BlockedWords? blocked = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var world = OceanWorld.Generate(snapshot.Seed, snapshot.Settings);
        if (snapshot.Whales.Count != world.Whales.Count)
        {
            throw new ArgumentException("the snapshot's whales do not match its settings", nameof(snapshot));
        }
        var ocean = new OceanGame(world, time, serverRandom, blocked, snapshot.EventSeq)
        {
            _whales = [.. snapshot.Whales],
            _clock = snapshot.Clock,
            _bloom = snapshot.Bloom,
            _joinSeq = snapshot.JoinSeq,
            _roundsStarted = snapshot.RoundsStarted,
        };
        ocean.KeepRound(snapshot.Round, events: false);
        foreach (var p in snapshot.Players)
        {
            ocean._players[p.Id] = p;
            ocean._idsByName[p.Name] = p.Id;
        }
        foreach (var t in snapshot.Taken)
        {
            ocean._taken[t.Index] = t.At;
        }
        ocean._events.Restore(snapshot.Events);
        ocean._chatLog.Restore(snapshot.ChatLog);
        return ocean;
    }

    /// <summary>
    /// What the live map draws now: players (moved to now and kept there, not counted as an access), whales at the
    /// surface, and treasures lying (the host shows those to a signed-in teacher only).
    /// </summary>
    public OceanView View()
    {
        SyncRound();
        var now = OceanNow;
        var players = _players.Values.OrderBy(p => p.JoinOrder).ToList()
            .Select(p => MoveToNow(p, MotionNow))
            .Select(p => new PlayerMark(p.Name, p.X, p.Y, p.Z, p.Heading, p.Speed, p.Whale is int w ? _whales[w].Name : null))
            .ToList();
        var whales = _whales.Where(w => w.Rider is null)
            .Select(w => (w.Name, Pos: WhalePosition(w, now)))
            .Select(w => new WhaleMark(w.Name, w.Pos.X, w.Pos.Y))
            .ToList();
        var treasures = World.Treasures.Where(t => TreasureLies(t.Index, now))
            .Select(t => new TreasureMark(t.Name, World.Floor.Seamounts[t.Index].Name, t.X, t.Y, t.Z))
            .ToList();
        return new OceanView(now, Paused, _bloom, players, whales, treasures);
    }
}

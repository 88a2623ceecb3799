using System.Collections.Immutable;
using Mocean.Ocean.Rounds;
using Mocean.Ocean.State;

namespace Mocean.Ocean;

/// <summary>A round's life: the teacher starts and ends it; anyone reads its state; roles stay secret until the end.</summary>
public sealed partial class OceanGame
{
    /// <summary>Whether a round exists in this ocean (in play, in a meeting, or over).</summary>
    public bool HasRound => _round is not null;

    /// <summary>The round's whole state now, secrets included (tests).</summary>
    internal RoundState? RoundState
    {
        get
        {
            SyncRound();
            return _round;
        }
    }

    /// <summary>
    /// The teacher starts a round of every player in the ocean, from <paramref name="seed"/>: roles, the lost city,
    /// tasks and the scatter (everyone moved to the surface, stopped, off their whale). <paramref name="temperatures"/>
    /// are the research data's temperature samples for <c>measure</c> tasks (empty: none dealt). Refused (409) with
    /// fewer than the minimum of players, while another round is on, or when a player is named <c>skip</c>.
    /// </summary>
    public RoundStatus StartRound(ulong seed, RoundSettings settings, IReadOnlyList<TemperatureSample> temperatures) =>
        StartRound(seed, settings, temperatures, null);

    /// <summary>As <see cref="StartRound(ulong, RoundSettings, IReadOnlyList{TemperatureSample})"/>, with the impostors chosen (tests).</summary>
    internal RoundStatus StartRound(ulong seed, RoundSettings settings, IReadOnlyList<TemperatureSample> temperatures, IReadOnlyCollection<string>? impostors)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(temperatures);
        if (settings.Problems() is { Count: > 0 } problems)
        {
            throw new OceanException(OceanError.BadArgument, $"these round settings do not make a round: {string.Join("; ", problems)}");
        }
        SyncRound();
        if (_round is { Phase: not RoundPhase.Over })
        {
            throw RoundGuard.Refused("a round is on in this ocean: end it first (POST /admin/round/end)");
        }
        var roster = Roster();
        var k = impostors?.Count ?? settings.ImpostorsFor(roster.Count);
        if (roster.Count < settings.MinPlayers)
        {
            throw RoundGuard.Refused($"a round needs at least {settings.MinPlayers} players: {roster.Count} in this ocean");
        }
        if (k >= roster.Count - k)
        {
            throw RoundGuard.Refused($"{k} impostors need more than {2 * k} players: {roster.Count} in this ocean");
        }
        if (roster.FirstOrDefault(p => string.Equals(p.Name, RoundMeetings.Skip, StringComparison.OrdinalIgnoreCase)) is { } skip)
        {
            throw RoundGuard.Refused($"a player is named {skip.Name}, which is a vote in a round: remove them first");
        }
        var now = OceanNow;
        var (round, scatter) = RoundDeal.Start(seed, settings, World, [.. roster.Select(p => p.Name)], temperatures, now, impostors);
        foreach (var (p, s) in roster.Zip(scatter))
        {
            var q = p.Whale is int w ? ReleaseWhale(p, w) : p;
            Store(q with { X = Torus.WrapX(s.X), Y = Torus.WrapY(s.Y), Z = 0, Speed = 0, MovedAt = now });
        }
        _round = null;
        _roundsStarted++;
        KeepRound(round);
        _events.Add(WallNow, EventKind.RoundStarted, "", Count(roster.Count));
        return Round();
    }

    /// <summary>The teacher ends the round: the ocean is the sandbox again (the lost city gone, anyone below the floor lifted to it).</summary>
    public void EndRound()
    {
        if (_round is null)
        {
            throw RoundGuard.Refused(RoundGuard.NoRound);
        }
        SyncRound();
        var now = MotionNow;
        foreach (var p in _players.Values.ToList())
        {
            var q = Players.Movement.Advance(p, now, Floor, Settings);
            Store(q with { Z = Math.Min(q.Z, World.Floor.DepthAt(q.X, q.Y)), MovedAt = OceanNow });
        }
        KeepRound(null);
        _events.Add(WallNow, EventKind.RoundEnded, "teacher", null);
    }

    /// <summary>
    /// <c>round</c>: phase, seconds left, tasks done and in all, living and out (and the winner when over). Before the end
    /// a player who quit counts as living whatever their role; when over, the counts are the true ones.
    /// </summary>
    public RoundStatus Round()
    {
        SyncRound();
        if (_round is not { } r)
        {
            return new RoundStatus("none", 0, 0, 0, _players.Count, 0, null);
        }
        var phase = r.Phase.ToString().ToLowerInvariant();
        var over = r.Phase == RoundPhase.Over; // roles are public then, and so is who quit as an impostor
        return new RoundStatus(phase, RoundClock.SecondsLeft(r, OceanNow), r.TasksDone, r.TasksTotal,
            over ? r.Living : r.LivingInPublic, over ? r.OutCount : r.OutInPublic, r.Winner is null ? null : Word(r.Winner));
    }

    /// <summary><c>role</c>: the player's own role and state, an impostor's with the other impostors' names.</summary>
    public RoleReply Role(string id)
    {
        var me = Touch(id);
        if (_round?.Find(me.Name) is not { } p)
        {
            return RoleReply.None;
        }
        ImmutableArray<string> fellows = p.IsImpostor ? [.. _round.Players.Where(o => o.IsImpostor && o != p).Select(o => o.Name)] : [];
        return new RoleReply(p.IsImpostor ? "impostor" : "crew", p.IsOut ? "out" : "alive", fellows);
    }

    /// <summary><c>tasks</c>: the player's tasks (an impostor's fake ones look the same).</summary>
    public IReadOnlyList<TaskLine> Tasks(string id)
    {
        var me = Touch(id);
        var r = _round ?? throw RoundGuard.Refused(RoundGuard.NoRound);
        return [.. RoundGuard.Member(r, me.Name).Tasks.Select(TaskLine.Of)];
    }

    /// <summary><c>roles</c>: every role, public once the round is over (409 before).</summary>
    public IReadOnlyList<RoleLine> Roles()
    {
        SyncRound();
        var r = _round ?? throw RoundGuard.Refused(RoundGuard.NoRound);
        return r.Phase == RoundPhase.Over ? RoleLines(r) : throw RoundGuard.Refused("roles are shown when the round is over: round says when");
    }

    /// <summary>The teacher's roles, at any time.</summary>
    public IReadOnlyList<RoleLine> TeacherRoles()
    {
        SyncRound();
        return RoleLines(_round ?? throw RoundGuard.Refused(RoundGuard.NoRound));
    }

    /// <summary>The round for the live page: the public view reveals no role and no seed before the end; the teacher's shows both.</summary>
    public RoundView? RoundWatch(bool teacher)
    {
        SyncRound();
        if (_round is not { } r)
        {
            return null;
        }
        var now = OceanNow;
        var over = r.Phase == RoundPhase.Over;
        var meeting = r.Meeting is { } m
            ? new MeetingView(
                m.Number, m.Caller, m.Reported, m.EndedAt is null, r.Phase == RoundPhase.Meeting ? RoundClock.SecondsLeft(r, now) : 0, [.. m.Lines],
                [.. m.Votes.GroupBy(v => v.For, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new VoteCount(g.Key, g.Count()))],
                m.Votes.Count, m.Voters.Count, m.Result)
            : null;
        return new RoundView(Round(), r.StormOn(now), [.. r.Beacons], meeting, teacher || over ? [.. RoleLines(r)] : [], teacher || over ? r.Seed : null);
    }

    private static List<RoleLine> RoleLines(RoundState r) =>
        [.. r.Players.Select(p => new RoleLine(p.Name, p.IsImpostor ? "impostor" : "crew", p.IsOut))];
}

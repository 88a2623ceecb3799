using System.Globalization;
using Mocean.Ocean.Rounds;
using Mocean.Ocean.State;

namespace Mocean.Ocean;

/// <summary>
/// How a round reaches into the rest of the ocean: its clock kept up to now, motion standing still in a meeting,
/// the storm's sight, out players' chat, joining and leaving, and the live map's events for what changed.
/// </summary>
public sealed partial class OceanGame
{
    /// <summary>The time motion has reached: in a meeting it stands still at the meeting's start.</summary>
    private DateTimeOffset MotionNow => _round is { Phase: RoundPhase.Meeting } r ? r.PhaseSince : OceanNow;

    /// <summary>Brings the round up to now: a meeting whose time is up is decided, a round out of time is over.</summary>
    private void SyncRound()
    {
        if (_round is { } r)
        {
            KeepRound(RoundClock.Advance(r, OceanNow));
        }
    }

    /// <summary>
    /// Keeps a new round state: the floor follows the city, players frozen by a meeting that ended go on from where
    /// it found them, and what changed goes to the event feed (never who tagged, raised a storm, or voted).
    /// </summary>
    private void KeepRound(RoundState? after, bool events = true)
    {
        var before = _round;
        if (ReferenceEquals(before, after))
        {
            return;
        }
        _round = after;
        _cityFloor = after is null ? null : before?.City == after.City && _cityFloor is not null ? _cityFloor : RoundDeal.FloorOf(after, World);
        if (before is null || after is null)
        {
            return;
        }
        if (before.Phase == RoundPhase.Meeting && after.Phase != RoundPhase.Meeting && after.Meeting?.EndedAt is { } end)
        {
            foreach (var p in _players.Values.ToList())
            {
                Store(Players.Movement.Advance(p, before.PhaseSince, Floor, Settings) is var at && at.MovedAt < end ? at with { MovedAt = end } : at);
            }
        }
        if (events)
        {
            RoundEvents(before, after);
        }
    }

    private void RoundEvents(RoundState before, RoundState after)
    {
        var wall = WallNow;
        foreach (var p in after.Players.Where(p => p.Out == OutCause.Tagged && before.Find(p.Name) is { IsOut: false }))
        {
            _events.Add(wall, EventKind.Tagged, p.Name, null);
        }
        if (after.StormUntil > before.StormUntil)
        {
            _events.Add(wall, EventKind.Storm, "", null);
        }
        var (m0, m1) = (before.Meeting, after.Meeting);
        if (m1 is not null && m1.Number != m0?.Number)
        {
            _events.Add(wall, EventKind.MeetingCalled, m1.Caller, m1.Reported);
        }
        foreach (var v in m1?.Votes.Skip(m1.Number == m0?.Number ? m0.Votes.Count : 0) ?? [])
        {
            _events.Add(wall, EventKind.Voted, "", v.For);
        }
        if (m1 is { Result: { } result } && (m1.Number != m0?.Number || m0.Result is null))
        {
            _events.Add(wall, EventKind.MeetingEnded, "", result);
        }
        if (before.Phase != RoundPhase.Over && after.Phase == RoundPhase.Over)
        {
            _events.Add(wall, EventKind.RoundOver, "", Word(after.Winner));
        }
    }

    /// <summary>What a player sees: 5 for everyone in a storm (items included), else their own sight.</summary>
    private double SightOf(PlayerState p) =>
        _round is { } r && r.StormOn(OceanNow) ? r.Settings.StormSight : Players.Movement.Sight(p, Settings);

    /// <summary>409 while a meeting is on: motion, tasks, tags, storms, meetings, reports and chat wait.</summary>
    private void NoMotionInMeeting()
    {
        SyncRound();
        if (_round is { Phase: RoundPhase.Meeting })
        {
            throw RoundGuard.Refused(RoundGuard.MeetingOn);
        }
    }

    private PlayerState NoMotionInMeeting(PlayerState p)
    {
        NoMotionInMeeting();
        return p;
    }

    /// <summary>While the round is on, an out player's chat reaches only other out players.</summary>
    private void OutChatReachesOnlyOut(PlayerState sender, PlayerState to)
    {
        if (_round is { Phase: not RoundPhase.Over } r && r.Find(sender.Name) is { IsOut: true } && r.Find(to.Name) is not { IsOut: true })
        {
            throw RoundGuard.Forbidden("you are out: your chat reaches only other out players");
        }
    }

    /// <summary>While a round exists the name <c>skip</c> is a vote, not a name.</summary>
    private void NotSkipInRound(string name)
    {
        if (_round is not null && string.Equals(name, RoundMeetings.Skip, StringComparison.OrdinalIgnoreCase))
        {
            throw new OceanException(OceanError.NameInvalid, "skip is a vote in a round, not a name: choose another");
        }
    }

    /// <summary>A player who joins during a round: back to their round state if the name was in it, else a crewmate with a full set of tasks.</summary>
    private void JoinRound(string name)
    {
        SyncRound();
        if (_round is { Phase: not RoundPhase.Over } r && r.Find(name) is null)
        {
            KeepRound(RoundDeal.JoinLate(r, name, World, OceanNow));
        }
    }

    /// <summary>A player who leaves during a round keeps their round state; an impostor who leaves counts as out.</summary>
    private void LeaveRound(string name)
    {
        SyncRound();
        if (_round is not { Phase: not RoundPhase.Over } r || r.Find(name) is not { } p)
        {
            return;
        }
        var now = OceanNow;
        if (p is { IsImpostor: true, IsOut: false })
        {
            r = RoundClock.CheckWin(r.With(p with { Out = OutCause.Quit }), now);
        }
        KeepRound(RoundMeetings.EndIfAllVoted(r, Present(), now));
    }

    /// <summary>The names of the players in the ocean now (case-insensitive).</summary>
    private HashSet<string> Present() => new(_idsByName.Keys, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every player in the ocean where they are now (motion time), for tags.</summary>
    private List<Body> Bodies() =>
        [.. _players.Values.OrderBy(p => p.JoinOrder).Select(p => MoveToNow(p, MotionNow)).Select(p => new Body(p.Name, p.X, p.Y, p.Z))];

    private static string Word(Side? side) => side switch
    {
        Side.Crew => "crew",
        Side.Impostors => "impostors",
        _ => "",
    };

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}

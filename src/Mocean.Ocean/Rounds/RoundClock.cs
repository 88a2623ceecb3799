namespace Mocean.Ocean.Rounds;

/// <summary>
/// The round's time and its endings, as pure functions of the state and ocean time. Nothing waits for a request:
/// <see cref="Advance"/> ends a meeting whose time is up at the moment it was up, and a round whose time ran out at
/// that moment, so the outcome does not depend on when the next request comes.
/// </summary>
public static class RoundClock
{
    /// <summary>Play time used by <paramref name="now"/> (it stands still in meetings and when over).</summary>
    public static TimeSpan PlayTime(RoundState r, DateTimeOffset now) =>
        r.Phase == RoundPhase.Play ? r.PlayUsed + Since(r.PhaseSince, now) : r.PlayUsed;

    /// <summary>The current phase's time left in whole seconds (rounded up; 0 when over).</summary>
    public static int SecondsLeft(RoundState r, DateTimeOffset now) => r.Phase switch
    {
        RoundPhase.Play => Seconds(r.Settings.Length - PlayTime(r, now)),
        RoundPhase.Meeting => Seconds(r.Settings.MeetingLength - Since(r.PhaseSince, now)),
        _ => 0,
    };

    /// <summary>Whole seconds, rounded up, never below 0: what a "wait N s" line says.</summary>
    public static int Seconds(TimeSpan t) => t <= TimeSpan.Zero ? 0 : (int)Math.Ceiling(t.TotalSeconds - 1e-9);

    /// <summary>The state at <paramref name="now"/>: meetings whose time is up are decided, a round out of time is over.</summary>
    public static RoundState Advance(RoundState r, DateTimeOffset now)
    {
        while (true)
        {
            if (r.Phase == RoundPhase.Meeting && r.PhaseSince + r.Settings.MeetingLength is var end && end <= now)
            {
                r = RoundMeetings.Decide(r, end);
                continue;
            }
            if (r.Phase == RoundPhase.Play && r.PhaseSince + (r.Settings.Length - r.PlayUsed) is var over && over <= now)
            {
                return Over(r, Side.Impostors, over);
            }
            return r;
        }
    }

    /// <summary>
    /// Who has won, if anyone, checked in this order: every impostor out (crew), every crew task done (crew), the
    /// living impostors at least as many as the living crew (impostors). The round ends at once, a meeting with it.
    /// </summary>
    public static RoundState CheckWin(RoundState r, DateTimeOffset at)
    {
        if (r.Phase == RoundPhase.Over)
        {
            return r;
        }
        var impostors = r.Players.Where(p => p.IsImpostor).ToList();
        var livingCrew = r.Players.Count(p => !p.IsImpostor && !p.IsOut);
        if (impostors.All(p => p.IsOut) || r.TasksDone == r.TasksTotal)
        {
            return Over(r, Side.Crew, at);
        }
        return impostors.Count(p => !p.IsOut) >= livingCrew ? Over(r, Side.Impostors, at) : r;
    }

    /// <summary>The round is over: the clock stops, a meeting on ends, a storm dies down.</summary>
    public static RoundState Over(RoundState r, Side winner, DateTimeOffset at) => r with
    {
        Phase = RoundPhase.Over,
        PlayUsed = PlayTime(r, at),
        PhaseSince = at,
        Winner = winner,
        StormUntil = r.StormUntil < at ? r.StormUntil : at,
        Meeting = r.Meeting is { EndedAt: null } m ? m with { EndedAt = at } : r.Meeting,
    };

    private static TimeSpan Since(DateTimeOffset from, DateTimeOffset now) => now > from ? now - from : TimeSpan.Zero;
}

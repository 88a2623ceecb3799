namespace Mocean.Ocean.Rounds;

/// <summary>Meetings as pure functions: calling one, reporting a beacon, saying lines, voting, and the decision.</summary>
public static class RoundMeetings
{
    /// <summary>The word that votes for no one; it cannot be a player's name during a round.</summary>
    public const string Skip = "skip";

    /// <summary><c>meeting</c>: a living player's one emergency meeting, not within the gap after the last meeting's end.</summary>
    public static RoundState Call(RoundState r, string caller, IReadOnlySet<string> present, DateTimeOffset now)
    {
        var p = RoundGuard.InPlay(r, caller);
        RoundGuard.Living(p, "call a meeting");
        if (p.CalledMeeting)
        {
            throw RoundGuard.Refused("you have called your one meeting of this round: report a beacon to call another");
        }
        if (r.LastMeetingEnd is { } end && now < end + r.Settings.MeetingGap)
        {
            throw RoundGuard.Refused($"the last meeting ended moments ago: you can call one in {RoundClock.Seconds(end + r.Settings.MeetingGap - now)} s");
        }
        return Begin(r.With(p with { CalledMeeting = true }), p.Name, null, present, now);
    }

    /// <summary><c>report</c>: the beacon (found in the reporter's sight by the caller) is removed and a meeting begins.</summary>
    public static RoundState Report(RoundState r, string reporter, Beacon beacon, IReadOnlySet<string> present, DateTimeOffset now)
    {
        var p = RoundGuard.InPlay(r, reporter);
        RoundGuard.Living(p, "report");
        return Begin(r with { Beacons = [.. r.Beacons.Where(b => b != beacon)] }, p.Name, beacon.Name, present, now);
    }

    /// <summary><c>say</c>: a living player's line in the meeting, at most one per <see cref="RoundSettings.SayEvery"/>.</summary>
    public static RoundState Say(RoundState r, string name, string text, DateTimeOffset now)
    {
        var p = InMeeting(r, name);
        RoundGuard.Living(p, "talk in a meeting");
        if (now < p.SayAgainAt)
        {
            throw RoundGuard.Refused($"one line at a time: say again in {RoundClock.Seconds(p.SayAgainAt - now)} s");
        }
        r = r.With(p with { SayAgainAt = now + r.Settings.SayEvery });
        return AddLine(r, p.Name, text);
    }

    /// <summary>
    /// <c>vote</c>: once per meeting, by a living player who was in the ocean when it began, for a living player of
    /// the round or <c>skip</c>. The last vote decides the meeting at once.
    /// </summary>
    public static RoundState Vote(RoundState r, string voter, string target, IReadOnlySet<string> present, DateTimeOffset now)
    {
        var p = InMeeting(r, voter);
        RoundGuard.Living(p, "vote");
        var meeting = r.Meeting!;
        if (!meeting.Voters.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
        {
            throw RoundGuard.Refused("you came after this meeting began: you vote in the next one");
        }
        if (meeting.Votes.Any(v => string.Equals(v.Voter, p.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw RoundGuard.Refused("you have voted in this meeting: one vote each");
        }
        string choice;
        if (string.Equals(target?.Trim(), Skip, StringComparison.OrdinalIgnoreCase))
        {
            choice = Skip;
        }
        else
        {
            var t = r.Find(target?.Trim() ?? "") ?? throw new OceanException(OceanError.UnknownName, "no player of the round has this name: vote for a player, or name=skip");
            if (t.IsOutInPublic)
            {
                throw RoundGuard.Refused($"{t.Name} is out: vote for a living player, or name=skip");
            }
            choice = t.Name;
        }
        r = r with { Meeting = meeting with { Votes = [.. meeting.Votes, new Vote(p.Name, choice)] } };
        return EndIfAllVoted(r, present, now);
    }

    /// <summary>Decides the meeting as soon as every voter still living and in the ocean has voted.</summary>
    public static RoundState EndIfAllVoted(RoundState r, IReadOnlySet<string> present, DateTimeOffset now)
    {
        if (r.Phase != RoundPhase.Meeting || r.Meeting is not { } m)
        {
            return r;
        }
        var waiting = m.Voters.Where(v => present.Contains(v) && r.Find(v) is { IsOut: false }
            && !m.Votes.Any(x => string.Equals(x.Voter, v, StringComparison.OrdinalIgnoreCase)));
        return waiting.Any() ? r : Decide(r, now);
    }

    /// <summary>
    /// The meeting's end: a player with strictly more votes than every other player and than <c>skip</c> is ejected
    /// (out, no beacon); the result line says so (and, with <see cref="RoundSettings.ConfirmEjects"/>, whether they were an
    /// impostor). Play goes on at <paramref name="at"/>, the impostors' tag count starting again; then the win is checked.
    /// </summary>
    public static RoundState Decide(RoundState r, DateTimeOffset at)
    {
        var m = r.Meeting!;
        var counts = m.Votes.GroupBy(v => v.For, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var skips = counts.GetValueOrDefault(Skip);
        var best = counts.Where(c => c.Key != Skip).OrderByDescending(c => c.Value).ToList();
        var ejected = best.Count > 0 && best[0].Value > skips && (best.Count == 1 || best[0].Value > best[1].Value) ? r.Find(best[0].Key) : null;
        string result;
        if (ejected is null)
        {
            result = "no one was ejected";
        }
        else
        {
            r = r.With(ejected with { Out = OutCause.Ejected });
            result = !r.Settings.ConfirmEjects ? $"{ejected.Name} was ejected"
                : ejected.IsImpostor ? $"{ejected.Name} was ejected: {ejected.Name} was an impostor"
                : $"{ejected.Name} was ejected: {ejected.Name} was not an impostor";
        }
        r = AddLine(r, null, result);
        r = r with
        {
            Phase = RoundPhase.Play,
            PhaseSince = at,
            LastMeetingEnd = at,
            Meeting = r.Meeting! with { EndedAt = at, Ejected = ejected?.Name, Result = result },
            Players = [.. r.Players.Select(p => p.IsImpostor ? p with { NextTagAt = at + r.Settings.TagEvery } : p)],
        };
        return RoundClock.CheckWin(r, at);
    }

    private static RoundState Begin(RoundState r, string caller, string? reported, IReadOnlySet<string> present, DateTimeOffset now)
    {
        var voters = r.Players.Where(p => !p.IsOutInPublic && present.Contains(p.Name)).Select(p => p.Name).ToList();
        var meeting = new Meeting((r.Meeting?.Number ?? 0) + 1, caller, reported, now, null, voters, [], [], null, null);
        r = r with
        {
            Phase = RoundPhase.Meeting,
            PlayUsed = RoundClock.PlayTime(r, now),
            PhaseSince = now,
            StormUntil = r.StormUntil < now ? r.StormUntil : now,
            Meeting = meeting,
        };
        return AddLine(r, null, reported is null ? $"{caller} called a meeting" : $"{caller} reported {reported}'s beacon");
    }

    private static RoundState AddLine(RoundState r, string? name, string text)
    {
        var line = new MeetingLine(r.LinesSaid + 1, name, text);
        return r with { LinesSaid = line.N, Meeting = r.Meeting! with { Lines = [.. r.Meeting.Lines, line] } };
    }

    private static RoundPlayer InMeeting(RoundState r, string name)
    {
        RoundGuard.NotOver(r);
        if (r.Phase != RoundPhase.Meeting)
        {
            throw RoundGuard.Refused("no meeting is on: call one with meeting, or report a beacon");
        }
        return RoundGuard.Member(r, name);
    }
}

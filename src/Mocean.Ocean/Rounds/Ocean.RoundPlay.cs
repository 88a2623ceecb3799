using Mocean.Ocean.Chat;
using Mocean.Ocean.Rounds;

namespace Mocean.Ocean;

/// <summary>The round's player actions: task, tag, sabotage, meeting, report, say, hear, vote.</summary>
public sealed partial class OceanGame
{
    /// <summary><c>task</c>: does task <paramref name="n"/> where the player is (<paramref name="answer"/> for <c>measure</c>).</summary>
    public TaskDone DoTask(string id, int n, double? answer)
    {
        var p = Touch(id);
        var r = PlayingRound();
        var (after, reply, wrong) = RoundActions.DoTask(
            r, p.Name, n, new Body(p.Name, p.X, p.Y, p.Z), Players.Movement.Reach(p, Settings), Floor.DepthAt(p.X, p.Y), answer, Torus, OceanNow);
        KeepRound(after);
        return reply ?? throw RoundGuard.Refused(wrong!);
    }

    /// <summary><c>tag</c>: the named crewmate, or the nearest in reach. Returns <c>you tagged NAME</c>.</summary>
    public string Tag(string id, string? name)
    {
        var p = Touch(id);
        var (after, tagged) = RoundActions.Tag(PlayingRound(), p.Name, name, Bodies(), Torus, OceanNow);
        KeepRound(after);
        return $"you tagged {tagged}";
    }

    /// <summary><c>sabotage kind=storm</c>. Returns <c>a storm rises for 30 s</c>.</summary>
    public string Sabotage(string id, string? kind)
    {
        var p = Touch(id);
        var r = PlayingRound();
        KeepRound(RoundActions.Sabotage(r, p.Name, kind, OceanNow));
        return $"a storm rises for {RoundClock.Seconds(r.Settings.StormLength)} s";
    }

    /// <summary><c>meeting</c>: the player's one emergency meeting. Returns <c>you called a meeting: 90 s to talk and vote</c>.</summary>
    public string CallMeeting(string id)
    {
        var p = Touch(id);
        var r = PlayingRound();
        KeepRound(RoundMeetings.Call(r, p.Name, Present(), OceanNow));
        return $"you called a meeting: {RoundClock.Seconds(r.Settings.MeetingLength)} s to talk and vote";
    }

    /// <summary><c>report</c>: the nearest beacon in the player's sight is removed and a meeting begins.</summary>
    public string Report(string id)
    {
        var p = Touch(id);
        var r = PlayingRound();
        RoundGuard.Living(RoundGuard.InPlay(r, p.Name), "report");
        var sight = SightOf(p);
        var beacon = r.Beacons
            .Select(b => (b, d: Torus.Distance3D(p.X, p.Y, p.Z, b.X, b.Y, b.Z)))
            .Where(x => x.d <= sight)
            .OrderBy(x => x.d)
            .Select(x => x.b)
            .FirstOrDefault()
            ?? throw RoundGuard.Refused($"no beacon in sight: report works when a beacon is within your sight ({Rounds.RoundActions.Number(sight)} m now)");
        KeepRound(RoundMeetings.Report(r, p.Name, beacon, Present(), OceanNow));
        return $"you reported {beacon.Name}'s beacon: a meeting starts";
    }

    /// <summary><c>say</c>: a line in the meeting, cleaned like chat (1 to 200 characters, blocked words starred out).</summary>
    public string Say(string id, string message)
    {
        var p = Touch(id);
        var text = ChatText.Clean(message);
        if (text.Length == 0 || text.Length > Settings.MessageMaxLength)
        {
            throw new OceanException(OceanError.BadArgument, $"message must be 1 to {Settings.MessageMaxLength} characters, like message=I saw Bob near the trench");
        }
        KeepRound(RoundMeetings.Say(PlayingRound(), p.Name, _blocked.Filter(text), OceanNow));
        return "said";
    }

    /// <summary><c>hear</c>: the lines of the meeting on (or the last one) after line <paramref name="after"/>.</summary>
    public IReadOnlyList<MeetingLine> Hear(string id, int after = 0)
    {
        Touch(id);
        var r = _round ?? throw RoundGuard.Refused(RoundGuard.NoRound);
        return [.. r.Meeting?.Lines.Where(l => l.N > after) ?? []];
    }

    /// <summary><c>vote</c>: once per meeting, for a living player of the round or <c>skip</c>. Returns <c>you voted</c>.</summary>
    public string Vote(string id, string name)
    {
        var p = Touch(id);
        KeepRound(RoundMeetings.Vote(PlayingRound(), p.Name, name, Present(), OceanNow));
        return "you voted";
    }

    /// <summary>The round, brought up to now; 409 without one.</summary>
    private RoundState PlayingRound() => _round ?? throw RoundGuard.Refused(RoundGuard.NoRound);
}

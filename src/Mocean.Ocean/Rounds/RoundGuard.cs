namespace Mocean.Ocean.Rounds;

/// <summary>The refusals every round action shares, worded once.</summary>
public static class RoundGuard
{
    public const string NoRound = "no round is on in this ocean: the teacher starts one";
    public const string RoundOver = "the round is over: round says who won, roles who was who";
    public const string MeetingOn = "a meeting is on: say, hear and vote until it ends (round shows the seconds left)";

    /// <summary>409: a round rule refuses.</summary>
    public static OceanException Refused(string line) => new(OceanError.RoundRefused, line);

    /// <summary>403: the player's role or state forbids it.</summary>
    public static OceanException Forbidden(string line) => new(OceanError.RoundForbidden, line);

    public static void NotOver(RoundState r)
    {
        if (r.Phase == RoundPhase.Over)
        {
            throw Refused(RoundOver);
        }
    }

    /// <summary>The action needs play: not over, no meeting on. Returns the player.</summary>
    public static RoundPlayer InPlay(RoundState r, string name)
    {
        NotOver(r);
        if (r.Phase == RoundPhase.Meeting)
        {
            throw Refused(MeetingOn);
        }
        return Member(r, name);
    }

    public static RoundPlayer Member(RoundState r, string name) =>
        r.Find(name) ?? throw Refused("you are not in this round: you join the next one");

    /// <summary>403 for an out player: "you are out: out players cannot WHAT".</summary>
    public static void Living(RoundPlayer p, string what)
    {
        if (p.IsOut)
        {
            throw Forbidden($"you are out: out players cannot {what}");
        }
    }
}

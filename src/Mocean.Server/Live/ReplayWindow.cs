using System.Globalization;
using System.Text.RegularExpressions;
using Mocean.Server.Protocol;

namespace Mocean.Server.Live;

/// <summary>
/// What a replay shows (<c>/ocean/replay</c>): one round of an ocean's record (<c>round=3</c>, the number the record
/// gives it), or a window of the server's time (<c>from=2026-03-14T15:00:00Z&amp;to=2026-03-14T15:20:00Z</c>, both
/// ends included; a time without a zone is UTC).
/// </summary>
public sealed partial record ReplayWindow(int? Round, DateTime From, DateTime To)
{
    /// <summary>The longest window a replay covers.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    private const string Usage = "send round=N (a round's number in the record) or from=TIME&to=TIME (ISO times, like 2026-03-14T15:00:00Z)";

    public static ReplayWindow Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var round = Value(query, "round");
        var (from, to) = (Value(query, "from"), Value(query, "to"));
        if (round is not null)
        {
            if (from is not null || to is not null)
            {
                throw ProtocolException.BadRequest("send either round=N or from=TIME&to=TIME, not both");
            }

            return int.TryParse(round, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
                ? new ReplayWindow(n, default, default)
                : throw ProtocolException.BadRequest($"round={GameQuery.Clip(round)} will not do: a round's number is a whole number from 1 (the ocean's first round)");
        }

        if (from is null && to is null)
        {
            throw ProtocolException.BadRequest(Usage);
        }

        if (from is null || to is null)
        {
            throw ProtocolException.BadRequest($"a window needs both ends: {Usage}");
        }

        var (start, end) = (Time("from", from), Time("to", to));
        if (end <= start)
        {
            throw ProtocolException.BadRequest($"to={GameQuery.Clip(to)} is not after from={GameQuery.Clip(from)}: the window's end comes after its start");
        }

        return end - start > Longest
            ? throw ProtocolException.BadRequest("a replay window is at most a day long: choose a shorter one, or replay a round with round=N")
            : new ReplayWindow(null, start, end);
    }

    private static string? Value(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) ? values.ToString().Trim() : null;

    private static DateTime Time(string key, string text)
    {
        // ISO only (a date first): 2026-03-14T15:00:00Z, 2026-03-14T15:00, 2026-03-14 15:00:00+01:00 (whose + an unescaped
        // URL turns into a space).
        var zone = text.LastIndexOf(' ');
        text = zone > 10 ? string.Concat(text.AsSpan(0, zone), "+", text.AsSpan(zone + 1)) : text;
        if (IsoStart().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time.UtcDateTime;
        }

        throw ProtocolException.BadRequest($"{key}={GameQuery.Clip(text)} is not a time: write it as ISO, like 2026-03-14T15:00:00Z");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]|$)")]
    private static partial Regex IsoStart();
}

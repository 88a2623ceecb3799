using System.Globalization;
using System.Text.RegularExpressions;
using Mocean.Research.Catalog;

namespace Mocean.Research.Query;

/// <summary>
/// Relative values on the right of a constraint, as ERDDAP defines them: <c>now</c>, <c>now-7days</c>,
/// <c>now+2hours</c> for a time (units second, minute, hour, day, month, year, singular or plural; a <c>+</c> sent
/// unencoded arrives as a space and means <c>+</c>), and <c>min(var)</c> or <c>max(var)</c> of any number or time
/// variable, optionally shifted: <c>max(time)-1day</c>, <c>max(depth)-10</c>.
/// </summary>
public static partial class QueryPlanner
{
    private const string NowForm = "Timestamp constraints with \"now\" must be in the form \"now(+|-)[positiveInteger](seconds|minutes|hours|days|months|years)\".";

    /// <summary>The value of a relative constraint, or null when <paramref name="text"/> is an ordinary value.</summary>
    private static object? Relative(ColumnDescriptor column, string text, DatasetDescriptor descriptor, QueryContext context)
    {
        if (column.Type == ColumnType.Time && text.StartsWith("now", StringComparison.Ordinal))
        {
            if (context.Now is not { } clock)
            {
                throw QueryException.Bad("'now' is not known here");
            }

            // As ERDDAP: now is the next whole second of the server's clock.
            var now = new DateTime(clock.UtcTicks - (clock.UtcTicks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified).AddSeconds(1);
            return Shift(now, text[3..]) ?? throw QueryException.Bad($"{NowForm}  \"{TabledapRequest.Clip(text)}\" is invalid.");
        }

        var match = Extreme().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var function = match.Groups[1].Value;
        var other = Known(descriptor, match.Groups[2].Value.Trim());
        var shift = match.Groups[3].Value;
        if (other.Type == ColumnType.Text || (other.Type == ColumnType.Time) != (column.Type == ColumnType.Time))
        {
            throw QueryException.Bad($"{column.Name}: {function}({other.Name}) is not a {(column.Type == ColumnType.Time ? "time" : "number")} variable");
        }

        var range = (context.Ranges ?? throw QueryException.Bad($"{function}() is not known here"))().For(other.Name);
        var value = (function == "min" ? range?.Min : range?.Max)
            ?? throw QueryException.Bad($"{function}({other.Name}) has no value: the variable has no values");
        if (value is DateTime time)
        {
            return Shift(time, shift)
                ?? throw QueryException.Bad($"a time from {function}({other.Name}) is shifted in the form \"{function}({other.Name})(+|-)[positiveInteger](seconds|minutes|hours|days|months|years)\".  \"{TabledapRequest.Clip(text)}\" is invalid.");
        }

        var number = (double)value;
        if (shift.Length == 0)
        {
            return number;
        }

        var sign = shift[0] == '-' ? -1 : 1;
        return shift[0] is '-' or '+' or ' '
               && double.TryParse(shift.AsSpan(1), NumberStyles.Float, CultureInfo.InvariantCulture, out var offset) && double.IsFinite(offset)
            ? number + (sign * offset)
            : throw QueryException.Bad($"'{TabledapRequest.Clip(text)}' is not {function}({other.Name}) shifted by a number, e.g. {function}({other.Name})-10");
    }

    /// <summary>
    /// <paramref name="start"/> moved by <c>(+|-| )N units</c> as ERDDAP reads it (months and years by the calendar), the
    /// same time for an empty shift, or null when the shift is not of that form.
    /// </summary>
    private static DateTime? Shift(DateTime start, string shift)
    {
        if (shift.Length == 0)
        {
            return start;
        }

        var sign = shift[0] switch { '-' => -1, '+' or ' ' => 1, _ => 0 };
        var digits = 1;
        while (digits < shift.Length && char.IsAsciiDigit(shift[digits]))
        {
            digits++;
        }

        if (sign == 0 || digits == 1 || !int.TryParse(shift.AsSpan(1, digits - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        n *= sign;
        try
        {
            return shift[digits..] switch
            {
                "second" or "seconds" => start.AddSeconds(n),
                "minute" or "minutes" => start.AddMinutes(n),
                "hour" or "hours" => start.AddHours(n),
                "day" or "days" => start.AddDays(n),
                "month" or "months" => start.AddMonths(n),
                "year" or "years" => start.AddYears(n),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(min|max)\(([^()]*)\)(.*)$", RegexOptions.Singleline)]
    private static partial Regex Extreme();
}

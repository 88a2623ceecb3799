using System.Globalization;
using System.Text.RegularExpressions;
using Mocean.Research.Catalog;

namespace Mocean.Research.Query;

/// <summary>The bins of <c>orderByMean("time/1hour")</c> and <c>orderByMean("depth/10")</c>, labelled by their start.</summary>
public static partial class QueryPlanner
{
    private static string Bin(ColumnDescriptor column, string size, List<object?> parameters)
    {
        if (column.Type == ColumnType.Time)
        {
            var match = Interval().Match(size);
            if (!match.Success)
            {
                throw QueryException.Bad($"'{TabledapRequest.Clip(size)}' is not a time interval: use e.g. 30second, 10minutes, 1hour, 1day, 7days");
            }

            var count = match.Groups[1].Success && match.Groups[1].Value.Length > 0
                ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : 1;
            var seconds = count * match.Groups[2].Value.ToLowerInvariant() switch
            {
                "sec" or "secs" or "second" or "seconds" => 1,
                "min" or "mins" or "minute" or "minutes" => 60,
                "hour" or "hours" => 3600,
                "day" or "days" => 86400,
                _ => 604800,
            };
            if (!(seconds >= 1) || seconds > 1e9)
            {
                throw QueryException.Bad("the time interval must be from 1 second to about 30 years");
            }

            parameters.Add((long)seconds * 1_000_000);
            return $"time_bucket(to_microseconds(CAST(${parameters.Count} AS BIGINT)), {Quote(column.Name)}, TIMESTAMP '1970-01-01 00:00:00')";
        }

        if (column.Type is not (ColumnType.Double or ColumnType.Integer)
            || !double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out var width) || !(width >= MinWidth) || !(width <= MaxWidth))
        {
            // A width as small as 4.9e-324 would make every value over it Infinity.
            throw QueryException.Bad($"'{column.Name}/{TabledapRequest.Clip(size)}': a number column is binned by a number from 1e-9 to 1e15, e.g. depth/10");
        }

        parameters.Add(width);
        return $"floor({Quote(column.Name)} / ${parameters.Count}) * ${parameters.Count}";
    }

    private const double MinWidth = 1e-9;
    private const double MaxWidth = 1e15;

    [GeneratedRegex(@"^\s*([0-9]*\.?[0-9]*)\s*(sec|secs|seconds?|min|mins|minutes?|hours?|days?|weeks?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Interval();
}

/// <summary>
/// Regular expressions of <c>=~</c> constraints (a full match): checked here before the query runs, then matched
/// by the store's RE2 engine (linear time, no backtracking) under the query's time-out.
/// </summary>
public static class Regexes
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static void Check(string pattern)
    {
        if (pattern.Length > 500)
        {
            throw QueryException.Bad("the regular expression is longer than 500 characters");
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, Timeout);
        }
        catch (ArgumentException)
        {
            throw QueryException.Bad($"'{TabledapRequest.Clip(pattern)}' is not a valid regular expression");
        }
    }
}

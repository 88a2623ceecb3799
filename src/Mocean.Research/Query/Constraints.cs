using System.Globalization;
using Mocean.Research.Catalog;
using Mocean.Research.Ingest;

namespace Mocean.Research.Query;

/// <summary>The constraints of a query as SQL conditions, each value a parameter; <c>=~</c> on the text the reply shows.</summary>
public static partial class QueryPlanner
{
    private static string Condition(ColumnDescriptor column, Constraint constraint, List<object?> parameters, DatasetDescriptor descriptor, QueryContext context)
    {
        var name = Quote(column.Name);
        if (constraint.Operator == "=~")
        {
            if (!constraint.Quoted)
            {
                throw QueryException.Bad($"the regular expression for {column.Name} must be in double quotes");
            }

            Regexes.Check(constraint.Value);
            parameters.Add(constraint.Value);
            return $"regexp_full_match({ReplyText.Sql(column.Type, name)}, ${parameters.Count})";
        }

        if (!constraint.Quoted && constraint.Value.Equals("NaN", StringComparison.OrdinalIgnoreCase) && column.Type is not ColumnType.Text)
        {
            return constraint.Operator switch
            {
                "=" => $"{name} IS NULL",
                "!=" => $"{name} IS NOT NULL",
                _ => "false",
            };
        }

        parameters.Add((constraint.Quoted ? null : Relative(column, constraint.Value, descriptor, context)) ?? Value(column, constraint));
        // A float is compared as a float, so temperature=8.46 finds the value the replies write as 8.46.
        var value = column.Type == ColumnType.Double && DataTypes.Of(column) == "float" ? $"CAST(${parameters.Count} AS FLOAT)" : $"${parameters.Count}";
        return $"{name} {constraint.Operator switch { "!=" => "<>", var op => op }} {value}";
    }

    private static object Value(ColumnDescriptor column, Constraint constraint)
    {
        var text = constraint.Value;
        switch (column.Type)
        {
            case ColumnType.Text:
                return constraint.Quoted ? text : throw QueryException.Bad($"the value for {column.Name} must be in double quotes, e.g. {column.Name}=\"{TabledapRequest.Clip(text)}\"");
            case ColumnType.Time:
                return ConstraintTime(text, out var time)
                    ? time
                    : throw QueryException.Bad($"'{TabledapRequest.Clip(text)}' is not a time: send ISO 8601 (2022-01-05T00:00:00Z) or seconds since 1970-01-01");
            default:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                    ? number
                    : throw QueryException.Bad($"'{TabledapRequest.Clip(text)}' is not a number (for {column.Name})");
        }
    }

    /// <summary>
    /// A time as a constraint gives it. A <c>+</c> in a URL is a space, so as in ERDDAP a space between the time of
    /// day and an offset is read as <c>+</c>: <c>2022-01-05T01:00:00+01:00</c> sent unencoded means what it says.
    /// </summary>
    private static bool ConstraintTime(string text, out DateTime time)
    {
        var space = text.LastIndexOf(' ');
        return (space > 10 && Values.TryTime(string.Concat(text.AsSpan(0, space), "+", text.AsSpan(space + 1)), out time))
            || Values.TryTime(text, out time);
    }
}

using System.Text;

namespace Mocean.Research.Query;

/// <summary>One constraint of a tabledap query: <c>variable op value</c>, the value as sent (quotes removed).</summary>
public sealed record Constraint(string Variable, string Operator, string Value, bool Quoted);

/// <summary>One function of a tabledap query: <c>name("argument")</c>.</summary>
public sealed record QueryFunction(string Name, string Argument);

/// <summary>
/// A tabledap query split into its parts: the variables asked for, the constraints and the functions.
/// The raw query is decoded first as ERDDAP decodes it (a form-encoded query: <c>+</c> is a space, as erddapy's
/// <c>quote_plus</c> writes one; then percent-escapes, since newer erddapy encodes <c>&amp;</c>, <c>=</c> and quotes), then
/// split on <c>&amp;</c> outside double quotes.
/// </summary>
public sealed record TabledapRequest(IReadOnlyList<string> Variables, IReadOnlyList<Constraint> Constraints, IReadOnlyList<QueryFunction> Functions)
{
    private static readonly string[] Operators = ["!=", "=~", "<=", ">=", "=", "<", ">"];

    public static TabledapRequest Parse(string? rawQuery)
    {
        var query = Decode((rawQuery ?? string.Empty).TrimStart('?'));
        var parts = Split(query);
        var variables = new List<string>();
        var constraints = new List<Constraint>();
        var functions = new List<QueryFunction>();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                if (part.Length > 0 && IndexOfOperator(part).Index < 0 && !part.Contains('(', StringComparison.Ordinal))
                {
                    variables.AddRange(part.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                    continue;
                }
            }

            if (part.Length == 0)
            {
                continue;
            }

            var open = part.IndexOf('(', StringComparison.Ordinal);
            var (at, op) = IndexOfOperator(part);
            if (open > 0 && (at < 0 || open < at))
            {
                functions.Add(Function(part, open));
                continue;
            }

            if (at <= 0)
            {
                throw QueryException.Bad($"'{Clip(part)}' is neither a constraint (variable, operator, value) nor a function");
            }

            var value = part[(at + op.Length)..];
            var quoted = value.Length >= 2 && value[0] == '"' && value[^1] == '"';
            constraints.Add(new Constraint(part[..at].Trim(), op, quoted ? Unescape(value[1..^1]) : value.Trim(), quoted));
        }

        return new TabledapRequest(variables, constraints, functions);
    }

    private static QueryFunction Function(string part, int open)
    {
        if (part[^1] != ')')
        {
            throw QueryException.Bad($"function '{Clip(part)}' does not end with ')'");
        }

        var argument = part[(open + 1)..^1].Trim();
        if (argument.Length >= 2 && argument[0] == '"' && argument[^1] == '"')
        {
            argument = argument[1..^1];
        }

        return new QueryFunction(part[..open].Trim(), argument);
    }

    private static (int Index, string Op) IndexOfOperator(string part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] == '"')
            {
                return (-1, "");
            }

            foreach (var op in Operators)
            {
                if (string.CompareOrdinal(part, i, op, 0, op.Length) == 0)
                {
                    return (i, op);
                }
            }
        }

        return (-1, "");
    }

    private static List<string> Split(string query)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '"' && (i == 0 || query[i - 1] != '\\'))
            {
                quoted = !quoted;
            }

            if (c == '&' && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static string Decode(string raw)
    {
        try
        {
            return Uri.UnescapeDataString(raw.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            throw QueryException.Bad("the query is not valid percent-encoding");
        }
    }

    private static string Unescape(string text) => text.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    internal static string Clip(string text, int max = 60) => text.Length <= max ? text : text[..max] + "...";
}

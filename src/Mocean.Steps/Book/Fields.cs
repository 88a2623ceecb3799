using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Mocean.Steps.Checks;

namespace Mocean.Steps.Book;

/// <summary>One mapping of a puzzle file being read: every getter names the file, the puzzle and the field when it fails.</summary>
internal sealed partial class Fields(string file, string? puzzle, IDictionary<object, object?> raw, string prefix = "")
{
    public IEnumerable<string> Names => raw.Keys.Select(k => k.ToString() ?? string.Empty);

    public bool Has(string name) => raw.ContainsKey(name);

    public PuzzleFileException Problem(string field, string message) =>
        new($"puzzle file {file}: {(puzzle is null ? string.Empty : $"puzzle {puzzle}: ")}field '{prefix}{field}': {message}");

    public void AllowOnly(params string[] allowed)
    {
        foreach (var name in Names)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw Problem(name, $"unknown field; the fields here are: {string.Join(", ", allowed)}");
            }
        }
    }

    private object? Value(string name) =>
        raw.TryGetValue(name, out var value) && value is not null ? value : throw Problem(name, "missing");

    public string Text(string name, bool template = false)
    {
        var text = Value(name) as string;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Problem(name, "must be non-empty text");
        }

        if (template)
        {
            foreach (Match match in Placeholder().Matches(text))
            {
                if (!Puzzle.Placeholders.Contains(match.Groups[1].Value))
                {
                    throw Problem(name, $"unknown placeholder {match.Value}; the placeholders are: {string.Join(", ", Puzzle.Placeholders.Select(p => "{" + p + "}"))}");
                }
            }

            return text;
        }

        return text.Trim();
    }

    public Fields Mapping(string name) =>
        Value(name) is IDictionary<object, object?> mapping
            ? new Fields(file, puzzle, mapping, $"{prefix}{name}.")
            : throw Problem(name, "must be a mapping of fields");

    public IReadOnlyList<object?> List(string name) =>
        Value(name) as IReadOnlyList<object?> ?? (Value(name) as IEnumerable<object?>)?.ToList()
        ?? throw Problem(name, "must be a list");

    public IReadOnlyList<string> TextList(string name, bool splitCommas = false)
    {
        var value = Value(name);
        var items = value switch
        {
            string text => splitCommas ? text.Split(',').ToList() : [text],
            IEnumerable<object?> list => list.Select(item => item as string ?? throw Problem(name, "every item must be text or a number")).ToList(),
            _ => throw Problem(name, "must be a list"),
        };
        items = [.. items.Select(item => item.Trim())];
        return items.Count == 0 || items.Any(item => item.Length == 0)
            ? throw Problem(name, "must list at least one non-empty item")
            : items;
    }

    public BigInteger Integer(string name, long min = long.MinValue, long max = long.MaxValue)
    {
        var value = IntegerText(name, Value(name) as string ?? throw Problem(name, "must be a whole number"));
        return value < min || value > max
            ? throw Problem(name, $"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}")
            : value;
    }

    public BigInteger IntegerText(string name, string text)
    {
        var numeral = Numeral.Read(text);
        return numeral.Kind switch
        {
            NumeralKind.Integer => numeral.Value,
            NumeralKind.Huge => throw Problem(name, $"'{text}' has more than {Numeral.MaxDigits} digits"),
            _ => throw Problem(name, $"'{text}' is not a whole number"),
        };
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}

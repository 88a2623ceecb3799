using System.Globalization;

namespace Mocean.Server.Protocol;

/// <summary>
/// The query string of a game route, read by the protocol's rules: keys match case-insensitively,
/// values are trimmed, and a key given twice is refused (400) before any handler sees it.
/// </summary>
public sealed class GameQuery
{
    private readonly IQueryCollection query;

    private GameQuery(IQueryCollection query) => this.query = query;

    /// <summary>Reads the request's query, refusing repeated keys.</summary>
    public static GameQuery From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RepeatedKey(request.Query) is { } refusal
            ? throw ProtocolException.BadRequest(refusal)
            : new GameQuery(request.Query);
    }

    /// <summary>The one-line refusal of a query that gives a key more than once, or null when each key comes once.</summary>
    public static string? RepeatedKey(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var (key, values) in query)
        {
            if (values.Count > 1)
            {
                return $"the key '{Clip(key)}' was given {values.Count} times; send each key once";
            }
        }

        return null;
    }

    /// <summary>True when the key was sent at all (even with an empty value).</summary>
    public bool Has(string key) => query.ContainsKey(key);

    /// <summary>The trimmed value, or null when the key was not sent.</summary>
    public string? Optional(string key) =>
        query.TryGetValue(key, out var values) ? (values.ToString() ?? string.Empty).Trim() : null;

    /// <summary>The trimmed, non-empty value; a 400 with <paramref name="hint"/> when it is missing or empty.</summary>
    public string Required(string key, string hint)
    {
        var value = Optional(key);
        return string.IsNullOrEmpty(value)
            ? throw ProtocolException.BadRequest($"missing '{key}': {hint}")
            : value;
    }

    /// <summary>A required whole number; a 400 saying so when it is not one, or that it is out of range when it is.</summary>
    public long RequiredInteger(string key, string hint)
    {
        var text = Required(key, hint);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var digits = text.TrimStart('+', '-');
        throw ProtocolException.BadRequest(digits.Length > 0 && text.Length - digits.Length <= 1 && digits.All(char.IsAsciiDigit)
            ? $"'{key}' is too {(text[0] == '-' ? "small" : "big")}: {hint}"
            : $"'{key}' must be a whole number, not '{Clip(text)}': {hint}");
    }

    /// <summary>A required finite number; a 400 saying so when it is not one.</summary>
    public double RequiredNumber(string key, string hint)
    {
        var text = Required(key, hint);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw ProtocolException.BadRequest($"'{key}' must be a number, not '{Clip(text)}': {hint}");
    }

    /// <summary>Shortens an echoed value so a hostile megabyte never comes back in an error line.</summary>
    public static string Clip(string text, int max = 40)
    {
        var shown = text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "...");
        return string.Create(shown.Length, shown, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Mocean.Steps.Checks;

namespace Mocean.Steps.Book;

/// <summary>
/// One puzzle of the chain: the route it lives on, the query key it reads (none for a visit), its check,
/// the hints it gives, what it says when solved, and the route that follows (none for the last).
/// The optional greeting is a first line shown whatever was sent (<c>{sent}</c> is the sent value).
/// </summary>
public sealed partial record Puzzle(
    string Route,
    string? Key,
    Check Check,
    ImmutableDictionary<Verdict, string> Hints,
    string Solved,
    string? Greeting,
    string? Next)
{
    /// <summary>Judges what was sent (null or empty: nothing sent) and words the reply's message.</summary>
    public Outcome Judge(string? sent, string baseUrl)
    {
        var value = sent ?? string.Empty;
        var judgement = Key is null ? Judgement.Solved
            : value.Length == 0 ? new Judgement(Verdict.Missing)
            : Check.Judge(value);
        var template = judgement.Verdict == Verdict.Solved ? Solved
            : Hints.TryGetValue(judgement.Verdict, out var hint) ? hint
            : judgement.Verdict.DefaultHint();
        var message = Fill(template, value, baseUrl, judgement);
        var greeting = Greeting is null ? null : Fill(Greeting, value, baseUrl, judgement);
        return new Outcome(this, judgement, greeting, message);
    }

    /// <summary>The placeholders a puzzle's texts may use.</summary>
    public static readonly ImmutableArray<string> Placeholders = ["sent", "key", "route", "baseUrl", "position", "count", "items"];

    /// <summary>Fills the placeholders in one pass, so a sent value that looks like one (<c>{route}</c>) is echoed as sent.</summary>
    private string Fill(string template, string sent, string baseUrl, Judgement judgement) =>
        PlaceholderPattern().Replace(template, match => match.Groups[1].Value switch
        {
            "sent" => Shown(sent),
            "key" => Key ?? string.Empty,
            "route" => Route,
            "baseUrl" => baseUrl,
            "position" => judgement.Position ?? string.Empty,
            "count" => judgement.Count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            "items" => (Check as IntegerListCheck)?.Answer.Length.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            _ => match.Value,
        });

    /// <summary>
    /// A sent value as a reply echoes it: whole (the request's size limit bounds it), with control characters
    /// shown as '?' so the echo stays on its line and cannot forge the lines after it.
    /// </summary>
    public static string Shown(string sent) =>
        string.Create(sent.Length, sent, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderPattern();
}

/// <summary>A puzzle's answer to what was sent: the judgement, the optional greeting line and the message.</summary>
public sealed record Outcome(Puzzle Puzzle, Judgement Judgement, string? Greeting, string Message)
{
    public bool Solved => Judgement.Verdict == Verdict.Solved;
}

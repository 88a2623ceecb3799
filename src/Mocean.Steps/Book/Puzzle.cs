using System.Collections.Immutable;
using Mocean.Steps.Checks;

namespace Mocean.Steps.Book;

/// <summary>
/// One puzzle of the chain: the route it lives on, the query key it reads (none for a visit), its check,
/// the hints it gives, what it says when solved, and the route that follows (none for the last).
/// The optional greeting is a first line shown whatever was sent (<c>{sent}</c> is the sent value).
/// </summary>
public sealed record Puzzle(
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

    private string Fill(string template, string sent, string baseUrl, Judgement judgement) =>
        template
            .Replace("{sent}", Shown(sent), StringComparison.Ordinal)
            .Replace("{key}", Key ?? string.Empty, StringComparison.Ordinal)
            .Replace("{route}", Route, StringComparison.Ordinal)
            .Replace("{baseUrl}", baseUrl, StringComparison.Ordinal)
            .Replace("{position}", judgement.Position ?? string.Empty, StringComparison.Ordinal)
            .Replace("{count}", judgement.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal)
            .Replace("{items}", (Check as IntegerListCheck)?.Answer.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal);

    /// <summary>A sent value as a reply may echo it: at most 200 characters, control characters shown as '?'.</summary>
    public static string Shown(string sent)
    {
        var clipped = sent.Length <= 200 ? sent : string.Concat(sent.AsSpan(0, 200), "...");
        return string.Create(clipped.Length, clipped, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}

/// <summary>A puzzle's answer to what was sent: the judgement, the optional greeting line and the message.</summary>
public sealed record Outcome(Puzzle Puzzle, Judgement Judgement, string? Greeting, string Message)
{
    public bool Solved => Judgement.Verdict == Verdict.Solved;
}

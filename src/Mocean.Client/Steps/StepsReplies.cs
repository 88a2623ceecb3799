using System.Text.RegularExpressions;

namespace Mocean.Client.Steps;

/// <summary>
/// A puzzle route's reply: what was sent, the verdict (<c>solved</c>, <c>wrong</c>, <c>missing</c>,
/// <c>tooBig</c>...), the server's words, and the next route when the answer was right. The server's links
/// carry the reply mode they were asked in (<c>format=json</c>); <see cref="Text"/> shows them as the
/// plain-text route does, without it.
/// </summary>
public sealed partial record PuzzleReply(
    string Route,
    string? Name,
    string? Sent,
    string Verdict,
    bool Solved,
    string? Greeting,
    string Message,
    string? Next,
    string? NextUrl,
    bool Complete) : Timed
{
    /// <summary>The reply as the plain-text route shows it: greeting, message, then the next URL or the end of the game.</summary>
    public string Text
    {
        get
        {
            var lines = new List<string>(3);
            if (Greeting is not null)
            {
                lines.Add(Greeting);
            }

            lines.Add(Plain(Message));
            if (NextUrl is not null)
            {
                lines.Add("Next: " + Plain(NextUrl));
            }
            else if (Complete)
            {
                lines.Add("The game is complete!");
            }

            return string.Join('\n', lines);
        }
    }

    /// <summary>The text with <c>format=json</c> taken out of every link's query.</summary>
    private static string Plain(string text) => LoneFormat().Replace(FollowedFormat().Replace(text, "$1"), string.Empty);

    [GeneratedRegex(@"([?&])format=json&")]
    private static partial Regex FollowedFormat();

    [GeneratedRegex(@"[?&]format=json(?![\w=&])")]
    private static partial Regex LoneFormat();
}

/// <summary>
/// <c>/exchange</c>: the task sent and the server's answer (task + 37). The server takes any 64-bit task, so the
/// answer runs from <c>long.MinValue + 37</c> to <c>long.MaxValue + 37</c>: an <see cref="Int128"/> holds every one.
/// </summary>
public sealed record ExchangeReply(long Task, Int128 Answer) : Timed;

/// <summary><c>/steps/progress</c>: how many puzzles the chain has, and every named player's progress.</summary>
public sealed record Progress(int Puzzles, IReadOnlyList<PlayerProgress> Players) : Timed;

/// <summary>One player's progress: puzzles solved, the furthest one, and when each was first solved.</summary>
public sealed record PlayerProgress(string Name, int Solved, string Furthest, bool Complete, IReadOnlyList<SolvedPuzzle> Puzzles);

/// <summary>When a puzzle was first solved (<c>2026-03-14T15:09:26Z</c>).</summary>
public sealed record SolvedPuzzle(string Route, DateTimeOffset At);

/// <summary>
/// A Duck and Wolf position: duck radius <see cref="R"/> and angle <see cref="A"/>, wolf angle
/// <see cref="B"/> (degrees); <see cref="Ending"/> is <c>none</c>, <c>escaped</c> or <c>eaten</c>.
/// </summary>
public sealed record DuckReply(double R, double A, double B, string Position, string Ending, string? Name, int? Moves, IReadOnlyList<string> Notes) : Timed
{
    public bool Escaped => Ending == "escaped";

    public bool Eaten => Ending == "eaten";
}

/// <summary><c>/duck/leaderboard</c>: escapes, fewest moves first.</summary>
public sealed record DuckLeaderboard(IReadOnlyList<DuckEscape> Escapes) : Timed;

public sealed record DuckEscape(int Rank, string Name, int Moves, DateTimeOffset At);

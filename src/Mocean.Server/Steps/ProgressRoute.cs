using System.Globalization;
using System.Text;
using Mocean.Server.Protocol;
using Mocean.Steps.Book;

namespace Mocean.Server.Steps;

/// <summary>One player's line of the progress table (JSON form).</summary>
public sealed record PlayerProgress(string Name, int Solved, string Furthest, bool Complete, IReadOnlyList<SolvedPuzzle> Puzzles);

/// <summary>When a player first solved a puzzle.</summary>
public sealed record SolvedPuzzle(string Route, string At);

/// <summary>The JSON of <c>/steps/progress</c>.</summary>
public sealed record ProgressReply(int Puzzles, IReadOnlyList<PlayerProgress> Players);

/// <summary><c>/steps/progress</c>: names and how far each has come, most puzzles first.</summary>
public static class ProgressRoute
{
    public static Reply Show(TextRequest request, PuzzleBook book, StepsStore store)
    {
        var only = PlayerName.Read(request.Query);
        var players = store.Solves()
            .Where(solve => book.Find(solve.Route) is not null && (only is null || solve.Name == only))
            .GroupBy(solve => solve.Name, StringComparer.Ordinal)
            .Select(group =>
            {
                var solved = group.OrderBy(s => book.Position(s.Route)).ToList();
                var furthest = solved[^1].Route;
                return new PlayerProgress(group.Key, solved.Count, furthest, book.After(book.Find(furthest)!) is null,
                    [.. solved.Select(s => new SolvedPuzzle(s.Route, s.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)))]);
            })
            .OrderByDescending(p => p.Solved).ThenByDescending(p => book.Position(p.Furthest)).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        var text = new StringBuilder();
        var total = book.Puzzles.Length;
        if (players.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Steps progress: nobody {(only is null ? string.Empty : "by that name ")}has solved a puzzle with a name yet. Add name=YOURNAME to any Steps route, like {request.BaseUrl}/steps?message=hello&name=ada");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"Steps progress: {players.Count} {(players.Count == 1 ? "player" : "players")}, {total} puzzles in the chain");
            foreach (var player in players)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{player.Name}: {player.Solved} of {total} solved, furthest {player.Furthest}{(player.Complete ? ", complete" : string.Empty)}");
            }
        }

        return Reply.Ok(text.ToString(), new ProgressReply(total, players));
    }
}

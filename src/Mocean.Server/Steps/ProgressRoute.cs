using System.Globalization;
using System.Text;
using Mocean.Server.Protocol;
using Mocean.Steps.Book;

namespace Mocean.Server.Steps;

/// <summary>One player's line of the progress table (JSON form).</summary>
public sealed record PlayerProgress(string Name, int Solved, string Furthest, bool Complete, IReadOnlyList<SolvedPuzzle> Puzzles);

/// <summary>When a player first solved a puzzle.</summary>
public sealed record SolvedPuzzle(string Route, string At);

/// <summary>The JSON of <c>/steps/progress</c>: one page of the players (<see cref="ProgressRoute.PageSize"/> a page).</summary>
public sealed record ProgressReply(int Puzzles, IReadOnlyList<PlayerProgress> Players, int Page = 1, int Pages = 1, int Total = 0);

/// <summary><c>/steps/progress</c>: names and how far each has come, most puzzles first, in pages of <see cref="PageSize"/>.</summary>
public static class ProgressRoute
{
    public const int PageSize = 100;

    public static Reply Show(TextRequest request, PuzzleBook book, StepsStore store)
    {
        var only = PlayerName.Read(request.Query);
        var page = Page(request.Query);
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
        var pages = Math.Max(1, (players.Count + PageSize - 1) / PageSize);
        if (page > pages)
        {
            throw ProtocolException.NotFound(string.Create(CultureInfo.InvariantCulture,
                $"there is no page {page}: the progress of {players.Count} {(players.Count == 1 ? "player" : "players")} has {pages} {(pages == 1 ? "page" : "pages")}"));
        }

        var shown = players.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        if (players.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Steps progress: nobody {(only is null ? string.Empty : "by that name ")}has solved a puzzle with a name yet. Add name=YOURNAME to any Steps route, like {request.BaseUrl}/steps?message=hello&name=ada");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"Steps progress: {players.Count} {(players.Count == 1 ? "player" : "players")}, {total} puzzles in the chain");
            if (pages > 1)
            {
                text.Append(CultureInfo.InvariantCulture, $"; page {page} of {pages}{(page < pages ? $" (add page={page + 1} for the next)" : string.Empty)}");
            }

            foreach (var player in shown)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{player.Name}: {player.Solved} of {total} solved, furthest {player.Furthest}{(player.Complete ? ", complete" : string.Empty)}");
            }
        }

        return Reply.Ok(text.ToString(), new ProgressReply(total, shown, page, pages, players.Count));
    }

    private static int Page(GameQuery query)
    {
        var text = query.Optional("page");
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? page
            : throw ProtocolException.BadRequest("'page' must be a whole number from 1, like page=2");
    }
}

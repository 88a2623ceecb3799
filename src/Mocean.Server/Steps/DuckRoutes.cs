using System.Globalization;
using System.Text;
using Mocean.Server.Protocol;
using Mocean.Steps.Duck;

namespace Mocean.Server.Steps;

/// <summary>The JSON of a <c>/duck</c> reply: the position, and for a named game its moves and notes.</summary>
public sealed record DuckReply(double R, double A, double B, string Position, string Ending, string? Name, int? Moves, IReadOnlyList<string> Notes);

/// <summary>The JSON of <c>/duck/leaderboard</c>.</summary>
public sealed record LeaderboardReply(IReadOnlyList<LeaderboardEntry> Escapes);

public sealed record LeaderboardEntry(int Rank, string Name, int Moves, string At);

/// <summary><c>/duck</c> in its stateless form (compatible with the original) and its named form, and the leaderboard.</summary>
public static class DuckRoutes
{
    private const string Explanation = """
        Duck and Wolf. A duck swims in a round pond of radius 50 m at 1 m/s; a wolf runs round the shore at 4 m/s and cannot swim.
        The duck escapes if she reaches the shore where the wolf is not. Angles are in degrees, 0 = East, 90 = North.
        The line above is r,a,b: duck radius, duck angle, wolf angle.
        Swim: /duck?location=r,a,b&destination=rd,ad (leave out destination to sit still for one second).
        Or let the server keep your game: /duck?name=YOURNAME&destination=rd,ad (reset=1 starts over).
        """;

    public static Reply Play(TextRequest request, StepsStore store, ILogger logger)
    {
        var query = request.Query;
        var location = query.Optional("location");
        var destination = query.Optional("destination");
        StepsLog.Received(logger, $"location={location} destination={destination}");
        var name = PlayerName.Read(query);
        var classic = ClassicDuck.IsOn(request);
        return name is null
            ? Stateless(location, destination, classic)
            : Named(request, store, name, location, destination, classic);
    }

    private static Reply Stateless(string? location, string? destination, bool classic)
    {
        if (string.IsNullOrEmpty(location) && string.IsNullOrEmpty(destination))
        {
            var start = DuckState.Start;
            return Format(start, DuckEnding.None, null, null, [Explanation.TrimEnd()], classic);
        }

        if (classic && ClassicDuck.Awry(location, destination) is { } awry)
        {
            return awry;
        }

        var from = string.IsNullOrEmpty(location) ? DuckState.Start : Parse(() => DuckInput.Location(location));
        var move = string.IsNullOrEmpty(destination) || (classic && !ClassicDuck.IsDestination(destination))
            ? DuckPond.SitStill(from)
            : Swim(from, Parse(() => DuckInput.Destination(destination)));
        return Format(move.State, move.Ending, null, null, [], classic);
    }

    private static Reply Named(TextRequest request, StepsStore store, string name, string? location, string? destination, bool classic)
    {
        request.Context.RequestServices.GetRequiredService<StepsNames>().Admit(request.Context, name);
        var target = string.IsNullOrEmpty(destination) ? ((double, double)?)null : Parse(() => DuckInput.Destination(destination));
        var reset = IsYes(request.Query.Optional("reset"));
        var notes = new List<string>();
        var (before, after) = store.UpdateDuck(name, game =>
        {
            var current = reset ? DuckGame.New : game;
            return target is { } t ? current.Swim(t.Item1, t.Item2) : current;
        });
        if (reset)
        {
            notes.Add("a new game: the duck is in the middle, the wolf at angle 0");
        }

        if (location is not null)
        {
            notes.Add("location= is ignored when you play with a name: the server keeps your position; swim with destination=rd,ad");
        }

        if (target is not null && !reset && before.IsOver)
        {
            notes.Add("this game is over, so the duck did not move; send reset=1 to play again");
        }

        notes.Add(after.Ending switch
        {
            DuckEnding.Escaped => $"{name} escaped in {after.Moves} {(after.Moves == 1 ? "move" : "moves")}. See {request.BaseUrl}/duck/leaderboard",
            DuckEnding.Eaten => $"the game is over after {after.Moves} moves; send reset=1 to play again",
            _ => $"moves: {after.Moves}. Swim with {request.BaseUrl}/duck?name={Uri.EscapeDataString(name)}&destination=rd,ad",
        });
        return Format(after.State, after.Ending, name, after.Moves, notes, classic);

        static bool IsYes(string? value) =>
            value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase));
    }

    public static Reply Leaderboard(TextRequest request, StepsStore store)
    {
        PlayerName.Read(request.Query);
        var entries = store.Leaderboard()
            .Select((win, index) => new LeaderboardEntry(index + 1, win.Name, win.Moves, win.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)))
            .ToList();
        var text = new StringBuilder();
        if (entries.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"Duck and Wolf leaderboard: nobody has escaped the wolf yet. Play with {request.BaseUrl}/duck?name=YOURNAME");
        }
        else
        {
            text.Append("Duck and Wolf leaderboard (fewest moves first):");
            foreach (var entry in entries)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{entry.Rank}. {entry.Name}: {entry.Moves} {(entry.Moves == 1 ? "move" : "moves")}");
            }
        }

        return Reply.Ok(text.ToString(), new LeaderboardReply(entries));
    }

    private static DuckMove Swim(DuckState from, (double Radius, double Angle) to) => DuckPond.Swim(from, to.Radius, to.Angle);

    private static T Parse<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DuckInputException problem)
        {
            throw ProtocolException.BadRequest(problem.Message);
        }
    }

    private static Reply Format(DuckState state, DuckEnding ending, string? name, int? moves, IReadOnlyList<string> notes, bool classic)
    {
        var position = $"{WireNumbers.TwoDecimals(state.R)},{WireNumbers.TwoDecimals(state.A)},{WireNumbers.TwoDecimals(state.B)}";
        var lines = new List<string> { position };
        if (ending == DuckEnding.Eaten)
        {
            lines.Add(classic ? ClassicDuck.Lunch : "the wolf eats the duck: he was waiting where she landed");
        }
        else if (ending == DuckEnding.Escaped)
        {
            lines.Add(classic ? ClassicDuck.FliesAway : "the duck flies away: she escaped the wolf!");
        }

        lines.AddRange(notes);
        var json = new DuckReply(state.R, state.A, state.B, position, ending.ToString().ToLowerInvariant(), name, moves, notes);
        return Reply.Ok(string.Join('\n', lines), json);
    }
}

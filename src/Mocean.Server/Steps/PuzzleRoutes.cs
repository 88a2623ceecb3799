using System.Globalization;
using Mocean.Server.Protocol;
using Mocean.Steps.Book;
using Mocean.Steps.Checks;

namespace Mocean.Server.Steps;

/// <summary>The JSON of a puzzle route's reply (<c>format=json</c>).</summary>
public sealed record PuzzleReply(
    string Route,
    string? Name,
    string? Sent,
    string Verdict,
    bool Solved,
    string? Greeting,
    string Message,
    string? Next,
    string? NextUrl,
    bool Complete);

/// <summary>The handlers of the puzzle routes and <c>/exchange</c>.</summary>
public static class PuzzleRoutes
{
    public static Reply Play(TextRequest request, PuzzleBook book, Puzzle puzzle, StepsStore store, ILogger logger)
    {
        var sent = puzzle.Key is null ? null : request.Query.Optional(puzzle.Key);
        if (puzzle.Key is not null)
        {
            StepsLog.Received(logger, sent);
        }

        var name = PlayerName.Read(request.Query);
        var outcome = puzzle.Judge(sent, request.BaseUrl);
        if (outcome.Solved && name is not null)
        {
            request.Context.RequestServices.GetRequiredService<StepsNames>().Admit(request.Context, name);
            store.RecordSolve(name, puzzle.Route);
        }

        var carried = CarriedParameters.Of(request, name);
        var next = outcome.Solved ? book.After(puzzle) : null;
        var nextUrl = next is null ? null : carried.Onto($"{request.BaseUrl}/{next.Route}");
        var complete = outcome.Solved && next is null;
        var echoed = sent is not null && sent.Contains(request.BaseUrl, StringComparison.OrdinalIgnoreCase);
        var message = echoed ? outcome.Message : carried.Into(outcome.Message, request.BaseUrl);
        var lines = new List<string>(4);
        if (outcome.Greeting is not null)
        {
            lines.Add(outcome.Greeting);
        }

        lines.Add(message);
        if (nextUrl is not null)
        {
            lines.Add($"Next: {nextUrl}");
        }
        else if (complete)
        {
            var duck = carried.Onto($"{request.BaseUrl}/duck");
            lines.Add(name is null
                ? $"The game is complete! Bonus puzzle: {duck}"
                : $"The game is complete, {name}! See {carried.Onto($"{request.BaseUrl}/steps/progress")} and try the bonus puzzle: {duck}");
        }

        var json = new PuzzleReply(puzzle.Route, name, sent is null ? null : Puzzle.Shown(sent), outcome.Judgement.Verdict.Name(),
            outcome.Solved, outcome.Greeting, message, next?.Route, nextUrl, complete);
        return Reply.Ok(string.Join('\n', lines), json);
    }

    public static Reply Exchange(TextRequest request, ILogger logger)
    {
        StepsLog.Received(logger, request.Query.Optional("task"));
        PlayerName.Read(request.Query);
        const string Hint = "send a whole number, like /exchange?task=5";
        var text = request.Query.Required("task", Hint);
        var numeral = Numeral.Read(text);
        if (!numeral.IsInteger || numeral.Value < long.MinValue || numeral.Value > long.MaxValue)
        {
            throw ProtocolException.BadRequest(numeral.Kind is NumeralKind.Integer or NumeralKind.Huge
                ? $"'task' is too {(numeral.IsNegative ? "small" : "big")}: send a whole number from {long.MinValue.ToString(CultureInfo.InvariantCulture)} to {long.MaxValue.ToString(CultureInfo.InvariantCulture)}"
                : $"'task' must be a whole number, not '{GameQuery.Clip(text)}': {Hint}");
        }

        var task = (long)numeral.Value;
        var answer = (Int128)task + 37;
        return Reply.Ok(answer.ToString(CultureInfo.InvariantCulture), new { Task = task, Answer = answer });
    }
}

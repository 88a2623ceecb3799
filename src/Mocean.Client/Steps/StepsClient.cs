using System.Globalization;

namespace Mocean.Client.Steps;

/// <summary>
/// Steps: send an answer to a puzzle route, read the class's progress, play Duck and Wolf.
/// Replies are read with <c>format=json</c>; a malformed request (400) throws <see cref="MoceanException"/>.
/// </summary>
public sealed class StepsClient
{
    private readonly Wire wire;

    internal StepsClient(Wire wire) => this.wire = wire;

    /// <summary>The query key a route of the shipped chain reads (<c>solution</c> for puzzle and problem, else <c>message</c>).</summary>
    public static string KeyOf(string route) => route.Trim('/') is "puzzle" or "problem" ? "solution" : "message";

    /// <summary>
    /// Sends <paramref name="answer"/> to a puzzle route (under <paramref name="key"/>, by default the
    /// route's usual key); a null answer visits the route to see the puzzle. <paramref name="name"/>
    /// counts the solve on <c>/steps/progress</c>.
    /// </summary>
    public Task<PuzzleReply> SendAsync(string route, string? answer, string? name = null, string? key = null, CancellationToken cancel = default)
    {
        var path = route.Trim().Trim('/');
        return wire.GetJsonAsync<PuzzleReply>(path, [new(key ?? KeyOf(path), answer), new("name", name)], cancel);
    }

    /// <summary><c>/steps?message=...</c>: the first step of the seed.</summary>
    public Task<PuzzleReply> StepsAsync(string? message, string? name = null, CancellationToken cancel = default) =>
        SendAsync("steps", message, name, "message", cancel);

    /// <summary><c>/exchange?task=N</c>: the server answers N + 37.</summary>
    public Task<ExchangeReply> ExchangeAsync(long task, CancellationToken cancel = default) =>
        wire.GetJsonAsync<ExchangeReply>("exchange", [new("task", task.ToString(CultureInfo.InvariantCulture))], cancel);

    /// <summary><c>/steps/progress</c>: every named player's progress, or only <paramref name="name"/>'s.</summary>
    public Task<Progress> ProgressAsync(string? name = null, CancellationToken cancel = default) =>
        wire.GetJsonAsync<Progress>("steps/progress", [new("name", name)], cancel);

    /// <summary>
    /// Stateless Duck and Wolf (the original's form): from <paramref name="from"/> (duck radius, duck
    /// angle, wolf angle) swim to <paramref name="to"/> (radius, angle); no destination sits still one second.
    /// </summary>
    public Task<DuckReply> DuckAsync((double R, double A, double B) from, (double R, double A)? to = null, CancellationToken cancel = default) =>
        wire.GetJsonAsync<DuckReply>("duck", [new("location", Join(from.R, from.A, from.B)), new("destination", to is { } d ? Join(d.R, d.A) : null)], cancel);

    /// <summary>The game the server keeps for <paramref name="name"/>: swim to <paramref name="to"/>, or only read the position; <paramref name="reset"/> starts over.</summary>
    public Task<DuckReply> DuckGameAsync(string name, (double R, double A)? to = null, bool reset = false, CancellationToken cancel = default) =>
        wire.GetJsonAsync<DuckReply>("duck", [new("name", name), new("destination", to is { } d ? Join(d.R, d.A) : null), new("reset", reset ? "1" : null)], cancel);

    /// <summary><c>/duck/leaderboard</c>: escapes, fewest moves first.</summary>
    public Task<DuckLeaderboard> DuckLeaderboardAsync(CancellationToken cancel = default) =>
        wire.GetJsonAsync<DuckLeaderboard>("duck/leaderboard", [], cancel);

    private static string Join(params double[] numbers) =>
        string.Join(',', numbers.Select(n => n.ToString("R", CultureInfo.InvariantCulture)));
}

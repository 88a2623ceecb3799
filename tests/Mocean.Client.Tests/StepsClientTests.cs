using System.Globalization;

namespace Mocean.Client.Tests;

public sealed class StepsClientTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private static readonly Dictionary<string, string?> Answers = new()
    {
        ["steps"] = "passport", ["puzzle"] = "leaf", ["problem"] = "32", ["python"] = null, ["begin"] = "101",
        ["beguine"] = "987", ["sirduke"] = "wigs", ["euler"] = "50005000", ["meruprastarah"] = "1, 5, 10, 10, 5, 1",
    };

    private MoceanClient Mocean => fixture.Client;

    [Fact]
    public async Task TheFirstStepAnswersTheSeedGreetingWithItsRoundTrip()
    {
        var reply = await Mocean.Steps.StepsAsync("  hello  ");

        Assert.Equal("welcome! You sent a message: hello", reply.Greeting);
        Assert.Equal("hello", reply.Sent);
        Assert.Equal("wrong", reply.Verdict);
        Assert.False(reply.Solved);
        Assert.StartsWith("welcome! You sent a message: hello\nTo go further", reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Elapsed > TimeSpan.Zero);
        Assert.Equal(reply.Elapsed, Mocean.LastRoundTrip);
    }

    [Fact]
    public async Task FollowingNextWalksTheWholeChainAndCountsTheName()
    {
        var name = "walker" + Guid.NewGuid().ToString("N")[..6];
        var reply = await Mocean.Steps.StepsAsync("passport", name);
        var routes = new List<string> { reply.Route };
        while (reply.Next is { } next && routes.Count < 20)
        {
            reply = await Mocean.Steps.SendAsync(next, Answers[next], name);
            Assert.True(reply.Solved, $"{next}: {reply.Message}");
            routes.Add(reply.Route);
        }

        Assert.Equal(Answers.Keys, routes);
        Assert.True(reply.Complete);
        Assert.EndsWith("The game is complete!", reply.Text, StringComparison.Ordinal);

        var progress = await Mocean.Steps.ProgressAsync(name);
        var player = Assert.Single(progress.Players);
        Assert.Equal((9, 9, "meruprastarah", true), (progress.Puzzles, player.Solved, player.Furthest, player.Complete));
        Assert.Equal(Answers.Keys, player.Puzzles.Select(p => p.Route));
        Assert.All(player.Puzzles, p => Assert.True(DateTimeOffset.UtcNow - p.At < TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task ARightAnswerNamesTheNextRouteWithItsUrl()
    {
        var reply = await Mocean.Steps.SendAsync("problem", "32");

        Assert.Equal(("solved", "python", "http://localhost/python?format=json"), (reply.Verdict, reply.Next, reply.NextUrl));
        Assert.EndsWith("Next: http://localhost/python", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplysTextShowsItsLinksAsThePlainTextRouteDoes()
    {
        var reply = await Mocean.Steps.SendAsync("steps", "hello", name: "ada");

        Assert.Equal("http://localhost/steps?name=ada&format=json&message=passport", reply.Message[(reply.Message.IndexOf("http", StringComparison.Ordinal))..]);
        Assert.Equal(await fixture.Server.CreateClient().GetStringAsync("/steps?message=hello&name=ada"), reply.Text);
    }

    [Fact]
    public async Task HintsComeBackWithTheirVerdicts()
    {
        Assert.Equal("tooBig", (await Mocean.Steps.SendAsync("problem", "40")).Verdict);
        Assert.Equal("missing", (await Mocean.Steps.SendAsync("puzzle", null)).Verdict);
        var other = await Mocean.Steps.SendAsync("beguine", "610");
        Assert.Equal("otherFibonacci", other.Verdict);
        Assert.Contains("16th", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExchangeAdds37()
    {
        var reply = await Mocean.Steps.ExchangeAsync(5);

        Assert.Equal(5L, reply.Task);
        Assert.Equal(42, reply.Answer);
    }

    [Theory]
    [InlineData(long.MaxValue, "9223372036854775844")]
    [InlineData(long.MinValue, "-9223372036854775771")]
    [InlineData(long.MaxValue - 36, "9223372036854775808")]
    [InlineData(-37L, "0")]
    public async Task ExchangeReadsTheAnswersAtTheEndsOfTheRangeTheServerTakes(long task, string answer)
    {
        var reply = await Mocean.Steps.ExchangeAsync(task);
        var text = await fixture.Server.CreateClient().GetStringAsync($"/exchange?task={task.ToString(CultureInfo.InvariantCulture)}");

        Assert.Equal(task, reply.Task);
        Assert.Equal(answer, reply.Answer.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(answer, text.Trim());
    }

    [Fact]
    public async Task StatelessDuckSwimsAndTheWolfRuns()
    {
        var still = await Mocean.Steps.DuckAsync((40, 90, 90));
        Assert.Equal("40.00,90.00,90.00", still.Position);

        var escaped = await Mocean.Steps.DuckAsync((40, 0, 180), (50, 0));
        Assert.Equal((50d, 0d), (escaped.R, escaped.A));
        Assert.True(escaped.Escaped);
        Assert.Equal(escaped.B.ToString("0.00", CultureInfo.InvariantCulture), escaped.Position.Split(',')[2]);
    }

    [Fact]
    public async Task AScriptedDuckWinsTheNamedGameAndReachesTheLeaderboard()
    {
        var name = "duck" + Guid.NewGuid().ToString("N")[..6];
        static double Normalize(double angle) => angle % 360 is var a && a <= -180 ? a + 360 : a > 180 ? a - 360 : a;

        var state = await Mocean.Steps.DuckGameAsync(name, reset: true);
        Assert.Equal((0, "none"), (state.Moves, state.Ending));
        state = await Mocean.Steps.DuckGameAsync(name, (11.5, Normalize(state.B + 180)));
        for (var i = 0; i < 500 && Math.Abs(Normalize(state.A - state.B)) < 178; i++)
        {
            var gap = Normalize(state.A - state.B);
            state = await Mocean.Steps.DuckGameAsync(name, (11.5, Normalize(state.A + Math.CopySign(Math.Min(30, 180 - Math.Abs(gap)), gap))));
        }

        var last = await Mocean.Steps.DuckGameAsync(name, (50, state.A));
        Assert.True(last.Escaped, string.Join(" / ", last.Notes));

        var board = await Mocean.Steps.DuckLeaderboardAsync();
        Assert.Contains(board.Escapes, e => e.Name == name && e.Moves == last.Moves);
    }
}

using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>The students' Python clients against the real server process.</summary>
public sealed partial class PythonClientTests(StepsServerFixture fixture) : IClassFixture<StepsServerFixture>
{
    private ServerProcess Server => fixture.Server;

    [Fact]
    public async Task TheSeedClientPrintsTheWelcomeLineAndTheMilliseconds()
    {
        var run = await Python.RunAsync(Python.Client("steps_client.py"), [Server.BaseUrl]);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n');
        Assert.Equal("welcome! You sent a message: What is your favorite color?", lines[0]);
        Assert.Contains(lines, line => Milliseconds().IsMatch(line));
    }

    [Fact]
    public async Task TheTimedClientSendsSixteenAndPrintsTheMilliseconds()
    {
        var run = await Python.RunAsync(Python.Client("steps_timed.py"), [Server.BaseUrl]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("welcome! You sent a message: 16\n", run.Output, StringComparison.Ordinal);
        Assert.Contains(run.Output.Split('\n'), line => Milliseconds().IsMatch(line));
    }

    [Fact]
    public async Task ThePlayerWalksPartOfTheChainSwitchingRoutesFromScriptedInput()
    {
        const string script = "hello\npassport\nroute\npuzzle\ntree\nleaf\nroute\nproblem\n40\n32\nquit\nnever sent\n";
        var run = await Python.RunAsync(Python.Client("steps_player.py"), [Server.BaseUrl, "scripted"], script);
        Assert.True(run.ExitCode == 0, run.Error);
        var output = run.Output;
        Assert.Contains("welcome! You sent a message: hello\n", output, StringComparison.Ordinal);
        Assert.Contains($"Next: {Server.BaseUrl}/puzzle?name=scripted", output, StringComparison.Ordinal);
        Assert.Contains("now on route puzzle", output, StringComparison.Ordinal);
        Assert.Contains("'tree' will not get you out of the forest", output, StringComparison.Ordinal);
        Assert.Contains($"Next: {Server.BaseUrl}/problem?name=scripted", output, StringComparison.Ordinal);
        Assert.Contains("'40' is too many", output, StringComparison.Ordinal);
        Assert.Contains($"Next: {Server.BaseUrl}/python?name=scripted", output, StringComparison.Ordinal);
        Assert.DoesNotContain("never sent", output, StringComparison.Ordinal);
        Assert.Equal(6, Milliseconds().Matches(output).Count);
        Assert.EndsWith("bye\n", output, StringComparison.Ordinal);

        using var http = new HttpClient();
        var progress = await http.GetStringAsync($"{Server.BaseUrl}/steps/progress?name=scripted");
        Assert.Contains("scripted: 3 of 9 solved, furthest problem", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePlayerStopsCleanlyAtTheEndOfInput()
    {
        var run = await Python.RunAsync(Python.Client("steps_player.py"), [Server.BaseUrl], "hello\n");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("welcome! You sent a message: hello", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("bye\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task TheDuckSolverWinsAndIsThenOnTheLeaderboard()
    {
        var run = await Python.RunAsync(Python.Client("duck_solver.py"), [Server.BaseUrl, "solver-bot"]);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("the duck flies away: she escaped the wolf!", run.Output, StringComparison.Ordinal);
        Assert.Contains("RESULT: escaped", run.Output, StringComparison.Ordinal);
        var moves = SwimLine().Matches(run.Output).Count;
        Assert.True(moves > 2, run.Output);

        using var http = new HttpClient();
        var board = await http.GetStringAsync($"{Server.BaseUrl}/duck/leaderboard");
        Assert.Contains($"solver-bot: {moves} moves", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRealServerLogsEveryMessageForJournalctl()
    {
        using var http = new HttpClient();
        await http.GetStringAsync($"{Server.BaseUrl}/steps?message=hello");
        Assert.True(await Server.WaitForOutputAsync("Server received message: hello", TimeSpan.FromSeconds(60)), Server.Output);
    }

    [GeneratedRegex(@"^milliseconds: [0-9]+(\.[0-9]+)?$", RegexOptions.Multiline)]
    private static partial Regex Milliseconds();

    [GeneratedRegex(@"^swim to ", RegexOptions.Multiline)]
    private static partial Regex SwimLine();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Mocean.Cli.Tests;

public sealed partial class StepsAndGetTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly (string Route, string? Answer)[] Chain =
    [
        ("steps", "passport"), ("puzzle", "leaf"), ("problem", "32"), ("python", "go"), ("begin", "101"),
        ("beguine", "987"), ("sirduke", "wigs"), ("euler", "50005000"), ("meruprastarah", "1,5,10,10,5,1"),
    ];

    private Task<CliProcess.Run> Mocean(string input, params string[] args) =>
        CliProcess.RunAsync([.. args, "--server", fixture.Url], input);

    [Fact]
    public async Task AScriptedStepsSessionWalksTheWholeChain()
    {
        var script = "hello\n" + string.Concat(Chain.Select(c => $"route {c.Route}\n{c.Answer}\n")) + "quit\n";

        var run = await Mocean(script, "steps", "--name", "scripted");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("welcome! You sent a message: hello\nTo go further, send the password: " + fixture.Url + "/steps?name=scripted&message=passport", run.Output, StringComparison.Ordinal);
        foreach (var (route, _) in Chain.Skip(1))
        {
            Assert.Contains($"Next: {fixture.Url}/{route}?name=scripted", run.Output, StringComparison.Ordinal);
            Assert.Contains($"now on route {route}", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("The game is complete!", run.Output, StringComparison.Ordinal);
        Assert.Equal(Chain.Length + 1, Milliseconds().Matches(run.Output).Count);
        Assert.EndsWith("bye\n", run.Output, StringComparison.Ordinal);

        var progress = await CliProcess.RunAsync(["get", "steps/progress", "name=scripted", "--server", fixture.Url]);
        Assert.Contains("scripted: 9 of 9 solved, furthest meruprastarah, complete", progress.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStepsPlayerStopsAtTheEndOfInputAndReportsARefusalWithoutStopping()
    {
        var run = await Mocean("route\nnowhere\nhello\nroute problem\n40\n", "steps");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"the server said no (404): there is no route /nowhere here", run.Output, StringComparison.Ordinal);
        Assert.Contains("too many", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("bye\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPrintsTheReplyAndTheMilliseconds()
    {
        var run = await Mocean(string.Empty, "get", "exchange", "task=5");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^42\nmilliseconds: \d+\.\d\n$", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task GetRepeatPrintsMinMedianAndP99InOrder()
    {
        var run = await Mocean(string.Empty, "get", "steps", "message=passport", "--repeat", "20");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("welcome! You sent a message: passport\n", run.Output, StringComparison.Ordinal);
        var figures = Summary().Match(run.Output);
        Assert.True(figures.Success, run.Output);
        var (min, median, p99) = (Number(figures, "min"), Number(figures, "median"), Number(figures, "p99"));
        Assert.True(min <= median && median <= p99, run.Output);
    }

    [Fact]
    public async Task ARefusalIsOneLineOnStderrAndExitCode1()
    {
        var run = await Mocean(string.Empty, "get", "exchange", "task=x");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal($"mocean: the server said no (400 from {fixture.Url}/exchange): 'task' must be a whole number, not 'x': send a whole number, like /exchange?task=5\n", run.Error);
    }

    [Fact]
    public async Task AServerAddressWithAPathIsPutBeforeTheRouteAndThe404NamesTheFullUrlAndTheFix()
    {
        using var http = new HttpClient();
        var servers = await http.GetAsync($"{fixture.Url}/steps/steps");
        var serversLine = (await servers.Content.ReadAsStringAsync()).Split('\n')[0];

        var run = await CliProcess.RunAsync(["--server", fixture.Url + "/steps", "get", "steps"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(404, (int)servers.StatusCode);
        Assert.Equal(
            $"mocean: the server said no (404 from {fixture.Url}/steps/steps): {serversLine} " +
            $"(the --server address has the path /steps, which goes before every route: give the server's address alone, like {fixture.Url})\n",
            run.Error);
    }

    [Fact]
    public async Task AParameterWithoutEqualsIsRefusedBeforeSending()
    {
        var run = await Mocean(string.Empty, "get", "exchange", "task");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("mocean: 'task' is not a parameter: write key=value, like message=hello\n", run.Error);
    }

    [Theory]
    [InlineData("get", "hello")]
    [InlineData("steps")]
    [InlineData("ocean", "who")]
    [InlineData("data", "profile", "5", "9")]
    public async Task EveryCommandSaysInOneLineWhenNoServerAnswers(params string[] args)
    {
        using var nobody = Server.Tests.Infrastructure.ServerProcess.ClosedPort();
        var port = Server.Tests.Infrastructure.ServerProcess.PortOf(nobody);

        var run = await CliProcess.RunAsync([.. args, "--server", $"http://127.0.0.1:{port}"], string.Empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"mocean: cannot reach the server at http://127.0.0.1:{port}/: Connection refused (127.0.0.1:{port}). Is the server running? Start it, or give its address with --server URL.\n", run.Error);
    }

    [Fact]
    public async Task AServerAddressThatIsNotAUrlIsRefused()
    {
        var run = await CliProcess.RunAsync(["get", "hello", "--server", "localhost:8080"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("mocean: 'localhost:8080' is not a server address; give one like http://localhost:8080\n", run.Error);
    }

    [Theory]
    [InlineData("steps", "route")]
    [InlineData("get", "--repeat")]
    [InlineData("ocean play", "w faster")]
    [InlineData("data profile", "--png")]
    public async Task HelpExplainsEachCommandAndItsServerOption(string command, string mentions)
    {
        var run = await CliProcess.RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(mentions, run.Output, StringComparison.Ordinal);
        Assert.Contains("--server <URL>", run.Output, StringComparison.Ordinal);
    }

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"milliseconds: \d+\.\d")]
    private static partial Regex Milliseconds();

    [GeneratedRegex(@"^20 requests, milliseconds: min (?<min>\d+\.\d) / median (?<median>\d+\.\d) / p99 (?<p99>\d+\.\d)$", RegexOptions.Multiline)]
    private static partial Regex Summary();
}

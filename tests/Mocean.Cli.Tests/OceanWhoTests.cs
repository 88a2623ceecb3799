namespace Mocean.Cli.Tests;

public sealed class OceanWhoTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task OceanWhoListsThePlayers()
    {
        using var http = new HttpClient();
        await http.GetStringAsync($"{fixture.Url}/join?name=wendy");

        var run = await CliProcess.RunAsync(["ocean", "who", "--server", fixture.Url]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^there are \d+ players: .*\bwendy\b.*\nmilliseconds: \d+\.\d\n$", run.Output);
    }

    [Fact]
    public async Task AnOceanThatDoesNotExistIsRefusedInOneLine()
    {
        var run = await CliProcess.RunAsync(["ocean", "who", "--ocean", "nosuchocean", "--server", fixture.Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"mocean: the server said no (404 from {fixture.Url}/who): ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task PlayingUnderANameInUseIsRefusedInOneLine()
    {
        using var http = new HttpClient();
        await http.GetStringAsync($"{fixture.Url}/join?name=taken");

        var run = await CliProcess.RunAsync(["ocean", "play", "taken", "--server", fixture.Url], string.Empty);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"mocean: the server said no (409 from {fixture.Url}/join): ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

using System.Text.Json;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Classic;

/// <summary>
/// The original club's other clients against a real server in classic mode, each in a script of our own that sends
/// the original's requests the original's way (Classic/Clients): the notebook's join / who / quit loop, the Duck and
/// Wolf test client, and the ocean-data chart with both its addresses pointed at this server.
/// </summary>
public sealed class OriginalClientsTests(ClassicServerFixture fixture) : IClassFixture<ClassicServerFixture>
{
    private static string Script(string name) => Path.Combine(Python.RepoRoot, "tests", "Mocean.Server.Tests", "Classic", "Clients", name);

    [Fact]
    public async Task TheNotebooksJoinWhoQuitLoopSendsNameToEveryRouteAndReadsTheOriginalsReplies()
    {
        const string typed = "ann\nbob\nann\nbad name\nroute\nwho\nanything\nroute\nid\nbob\nroute\nquit\nann\nann\nroute\nwho\nx\nquit\nnever sent\n";

        var run = await Python.RunAsync(Script("join_loop.py"), [fixture.Server.BaseUrl], typed);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(string.Concat(new[]
        {
            "0", "1", "0", "-1",
            "there are 2 players: ann bob ",
            "1",
            "player ann removed from the game",
            "quit failed: name not found in the active players list",
            "there are 1 players: bob ",
        }.Select(line => line + "\n")), run.Output);
    }

    [Fact]
    public async Task TheDuckTestClientWinsSendingTheWholeStateEachTime()
    {
        var run = await Python.RunAsync(Script("duck_test.py"), [fixture.Server.BaseUrl]);

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n');
        Assert.Equal("the server said: Duck flies away! (you win)", lines[0]);
        Assert.Equal("Duck flies away!", lines[1]);
        Assert.Matches("^requests: [0-9]+$", lines[2]);
    }

    [Fact]
    public async Task TheChartsRequestsGetTheProfilesSamplesSplitByKey()
    {
        using var http = new HttpClient();
        var profile = JsonDocument.Parse(await http.GetStringAsync($"{fixture.Server.BaseUrl}/api/profile?day=5&index=9")).RootElement;
        var ascent = profile.GetProperty("ascent start time").GetString()!;
        Assert.StartsWith("2022-01-05", ascent, StringComparison.Ordinal);

        var run = await Python.RunAsync(Script("chart_requests.py"), [fixture.Server.BaseUrl, "2022-01-05", "9"]);

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n');
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(lines[0], "^data query result type: <class 'list'> with ([0-9]+) elements$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0, lines[0]);
        Assert.Equal($"data vector length: {count / 2} {count / 2}", lines[1]);
        Assert.StartsWith($"Start UTC: {ascent[..10]}", lines[2], StringComparison.Ordinal);
    }
}

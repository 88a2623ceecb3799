using System.Text.RegularExpressions;

namespace Mocean.Cli.Tests;

/// <summary><c>mocean ocean play</c> in a tmux terminal and from a pipe.</summary>
public sealed partial class OceanPlayTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task OceanPlayInATerminalSteersADiverAndShowsTheStatusLine()
    {
        using var http = new HttpClient();
        var uma = (await http.GetStringAsync($"{fixture.Url}/join?name=uma")).Trim();
        await using var terminal = await Tmux.StartAsync();
        await terminal.SendAsync($"dotnet {CliProcess.Dll} ocean play tessa --server {fixture.Url}");
        await terminal.SendAsync("Enter", literal: false);

        var screen = await terminal.WaitForAsync("last: joined as tessa", 60);
        Assert.Matches(StatusLine(), screen);
        var id = Id().Match(screen).Groups[1].Value;
        Assert.Contains(" | speed 0.0 | ", screen, StringComparison.Ordinal);

        await terminal.SendAsync("www");
        await terminal.WaitForAsync("last: accel w: speed 2.1");
        var before = await http.GetStringAsync($"{fixture.Url}/location?id={id}");
        await WaitUntilAsync(async () => await http.GetStringAsync($"{fixture.Url}/location?id={id}") != before, "the diver to move");

        await terminal.SendAsync("f");
        await terminal.WaitForAsync(" | depth 5.0 m");
        await terminal.WaitForAsync(" | speed 0.0 | ");

        await terminal.SendAsync("l");
        await terminal.WaitForAsync("last: look: ");

        await terminal.SendAsync("c");
        await terminal.WaitForAsync("chat to:");
        await terminal.SendAsync("uma");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("message to uma:");
        await terminal.SendAsync("hello from the deep");
        await terminal.SendAsync("Enter", literal: false);
        await WaitUntilAsync(async () => (await http.GetStringAsync($"{fixture.Url}/popchat?id={uma}")).Contains("hello from the deep", StringComparison.Ordinal), "uma to get the message");

        await terminal.SendAsync("q");
        await terminal.WaitForAsync("goodbye tessa");
        Assert.DoesNotContain("tessa", await http.GetStringAsync($"{fixture.Url}/who"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OceanPlayReadsKeysFromAPipeAndPrintsAStatusLinePerKey()
    {
        var run = await CliProcess.RunAsync(["ocean", "play", "piper", "--server", fixture.Url], "wwf");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines[..^1], line => Assert.Matches(StatusLine(), line));
        Assert.Contains(lines, line => line.Contains("last: accel w: speed 1.0", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("last: accel w: speed 1.5", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("| depth 5.0 m", StringComparison.Ordinal));
        Assert.StartsWith("goodbye piper", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OceanPlayInATerminalShowsARefusedChatAsALinePlaysOnAndCtrlCSaysHowToComeBack()
    {
        using var http = new HttpClient();
        await using var terminal = await Tmux.StartAsync(width: 240); // the status line with the server's whole line fits on one row
        await terminal.SendAsync($"dotnet {CliProcess.Dll} ocean play rhea --server {fixture.Url}");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("last: joined as rhea", 60);

        await terminal.SendAsync("c");
        await terminal.WaitForAsync("chat to:");
        await terminal.SendAsync("nobodyhere");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.SendAsync("anyone there?");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("last: no (404): no player has this name: who lists the players");

        await terminal.SendAsync("w");
        await terminal.WaitForAsync("last: accel w: speed 1.0");
        Assert.Contains(" rhea", await http.GetStringAsync($"{fixture.Url}/who"), StringComparison.Ordinal);

        await terminal.SendAsync("C-c", literal: false);
        var screen = await terminal.WaitForAsync($"stopped with Ctrl-C; to come back: mocean ocean play rhea --server {fixture.Url}");
        Assert.Contains("goodbye rhea", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("mocean: ", screen, StringComparison.Ordinal);
        Assert.DoesNotContain(" rhea", await http.GetStringAsync($"{fixture.Url}/who"), StringComparison.Ordinal);
        await terminal.SendAsync("echo exit=$?");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("exit=0");
    }

    [Fact]
    public async Task OceanPlayFromAPipeShowsARefusedChatAsALineAndGoesOnToTheNextKey()
    {
        var run = await CliProcess.RunAsync(["ocean", "play", "ivo", "--server", fixture.Url], "cnobodyhere\nhello?\nw");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, line => line.EndsWith("last: no (404): no player has this name: who lists the players", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("last: accel w: speed 1.0", StringComparison.Ordinal));
        Assert.StartsWith("goodbye ivo", lines[^1], StringComparison.Ordinal);
    }

    /// <summary>Waits until the condition holds; the minute only bounds a hang (a loaded machine is slow, not stuck).</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await done())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"waited in vain for {what}");
    }

    [GeneratedRegex(@"x \d+\.\d y \d+\.\d \| depth \d+\.\d m \(floor \d+\.\d m\) \| speed \d+\.\d \| heading -?\d+\.\d° [NESW]{1,2} \| in sight: .+ \| last: ")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"\(id ([a-z0-9]{8})\)")]
    private static partial Regex Id();
}

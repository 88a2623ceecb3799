namespace Mocean.Cli.Tests;

/// <summary>The command in a real terminal (a tmux pseudo-terminal), typed at as a student types.</summary>
public sealed class TerminalTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task StepsInATerminalAnswersEachLineAndSwitchesRoute()
    {
        await using var terminal = await Tmux.StartAsync();
        await terminal.SendAsync($"dotnet {CliProcess.Dll} steps --server {fixture.Url}");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("[steps] message>", 60);

        await terminal.SendAsync("passport");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("Solved! To go on, type: route puzzle");
        var screen = await terminal.ScreenAsync();
        Assert.Contains("welcome! You sent a message: passport", screen, StringComparison.Ordinal);
        Assert.Matches(@"milliseconds: \d+\.\d", screen);

        await terminal.SendAsync("route");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("new route>");
        await terminal.SendAsync("puzzle");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("[puzzle] message>");
        await terminal.SendAsync("leaf");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("Yes: you leaf!");

        await terminal.SendAsync("quit");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("bye");
    }
}

using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Classic;

/// <summary>
/// The original StoryTime client's sequence (its logic in Classic/Clients/storytime.py) against a real server in
/// classic mode: six joins with ids 0 to 5, who, quit?name=phil, a chat from id 3 to shelob read by id 4, and
/// grob's empty inbox, each reply as the original gave it.
/// </summary>
public sealed class StoryTimeTests(ClassicServerFixture fixture) : IClassFixture<ClassicServerFixture>
{
    [Fact]
    public async Task TheStoryTimeClientRunsUnchangedInClassicMode()
    {
        var script = Path.Combine(Python.RepoRoot, "tests", "Mocean.Server.Tests", "Classic", "Clients", "storytime.py");

        var run = await Python.RunAsync(script, [fixture.Server.BaseUrl]);

        Assert.True(run.ExitCode == 0, run.Error);
        string[] lines =
        [
            "player rob has id = 0",
            "player fob has id = 1",
            "player hob has id = 2",
            "player grob has id = 3",
            "player shelob has id = 4",
            "player phil has id = 5",
            "there are 6 players: rob fob hob grob shelob phil ",
            "player phil removed from the game",
            "there are 5 players: rob fob hob grob shelob ",
            "your message is in your recipients inbox waiting to be read",
            "player grob tells you: hey come over here i found some treasure",
            "no message in your inbox",
        ];
        Assert.Equal(string.Concat(lines.Select(line => line + "\n")),
            run.Output);
    }
}

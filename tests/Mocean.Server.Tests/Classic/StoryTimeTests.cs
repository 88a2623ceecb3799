using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Classic;

/// <summary>
/// The original StoryTime client's requests (in Classic/Clients/storytime.py) against a real server in classic mode:
/// six joins with ids 0 to 5, who, quit?name=phil, a chat from id 3 to shelob read by id 4, and grob's empty inbox,
/// each reply as the original gave it; run again, as a class runs it again, it finds five players and joins phil anew.
/// </summary>
public sealed class StoryTimeTests(ClassicServerFixture fixture) : IClassFixture<ClassicServerFixture>
{
    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + "\n"));

    [Fact]
    public async Task TheStoryTimeClientRunsUnchangedInClassicModeAndRunsAgain()
    {
        var script = Path.Combine(Python.RepoRoot, "tests", "Mocean.Server.Tests", "Classic", "Clients", "storytime.py");

        var first = await Python.RunAsync(script, [fixture.Server.BaseUrl]);
        var second = await Python.RunAsync(script, [fixture.Server.BaseUrl]);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(Lines(
            "usage: our ocean is 900 by 900. hullspeed is 40.0",
            "player rob has id = 0",
            "player fob has id = 1",
            "player hob has id = 2",
            "player grob has id = 3",
            "player shelob has id = 4",
            "player phil has id = 5",
            "there are 6 players: rob fob hob grob shelob phil ",
            "there are 6 players: rob fob hob grob shelob phil ",
            "player phil removed from the game",
            "there are 5 players: rob fob hob grob shelob ",
            "your message is in your recipients inbox waiting to be read",
            "there are 5 players: rob fob hob grob shelob ",
            "player grob tells you: hey come over here i found some treasure",
            "no message in your inbox"), first.Output);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(Lines(
            "usage: our ocean is 900 by 900. hullspeed is 40.0",
            "phil joins again with id = 6",
            "there are 6 players: rob fob hob grob shelob phil ",
            "there are 6 players: rob fob hob grob shelob phil ",
            "player phil removed from the game",
            "there are 5 players: rob fob hob grob shelob ",
            "your message is in your recipients inbox waiting to be read",
            "there are 5 players: rob fob hob grob shelob ",
            "player grob tells you: hey come over here i found some treasure",
            "no message in your inbox"), second.Output);
    }
}

using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

public sealed class IdleRemovalTests : IAsyncDisposable
{
    // Three seconds of silence and a player is gone; the sweep runs every 0.75 s.
    private readonly MoceanFactory factory = new() { Settings = { ["IdleMinutes"] = "0.05" } };

    [Fact]
    public async Task ASilentPlayerIsRemovedWhileAnActiveOneStays()
    {
        var client = factory.CreateClient();
        var quiet = await client.GetStringAsync("/join?name=Quiet");
        var busy = await client.GetStringAsync("/join?name=Busy");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var who = "";
        while (DateTime.UtcNow < deadline)
        {
            Assert.Equal("Busy", await client.GetStringAsync($"/name?id={busy}"));
            who = await client.GetStringAsync("/who");
            if (who == "there are 1 players: Busy")
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.Equal("there are 1 players: Busy", who);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/name?id={quiet}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/join?name=Quiet")).StatusCode);
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}

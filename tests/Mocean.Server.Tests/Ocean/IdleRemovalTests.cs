using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

public sealed class IdleRemovalTests : IAsyncDisposable
{
    // Three seconds of silence and a player is gone; the sweep runs every 0.75 s. Ocean time is a clock moved by
    // hand, so how long a loaded machine takes between two requests cannot make the active player look idle.
    private readonly MoceanFactory factory = new() { Settings = { ["IdleMinutes"] = "0.05" } };
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ASilentPlayerIsRemovedWhileAnActiveOneStays()
    {
        var client = factory.CreateClient(clock);
        var quiet = await client.GetStringAsync("/join?name=Quiet");
        var busy = await client.GetStringAsync("/join?name=Busy");

        // Two seconds on, only Busy is heard from; two more, and Quiet has been silent for four (over the limit),
        // Busy for two (under it).
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("Busy", await client.GetStringAsync($"/name?id={busy}"));
        clock.Advance(TimeSpan.FromSeconds(2));

        // The sweep runs on its own timer: wait for it (the deadline only bounds a hang).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var who = "";
        while (DateTime.UtcNow < deadline)
        {
            who = await client.GetStringAsync("/who");
            if (who == "there are 1 players: Busy")
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.Equal("there are 1 players: Busy", who);
        Assert.Equal("Busy", await client.GetStringAsync($"/name?id={busy}"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/name?id={quiet}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/join?name=Quiet")).StatusCode);
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}

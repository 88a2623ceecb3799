using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Mocean.OceanHosting;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>
/// The game's clock is the server's own: moving it a day ahead (as tests do) moves the ocean and nothing else.
/// Orleans keeps the real clock, so its membership never judges the silo's own generation by a moved clock
/// and declares it dead (which ends the whole process: a test run was lost that way).
/// </summary>
public sealed class ClockJumpTests : IAsyncDisposable
{
    private readonly MoceanFactory factory = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow.AddHours(6));

    [Fact]
    public async Task MovingTheGamesClockADayAheadMovesTheOceanButNotTheRuntimesClock()
    {
        var server = factory.WithClock(clock);
        var client = server.CreateClient();
        var id = await client.GetStringAsync("/join?name=Leap");

        clock.Advance(TimeSpan.FromDays(1));

        // The server's own clock moved; the runtime's did not.
        var runtime = server.Services.GetService<TimeProvider>() ?? TimeProvider.System;
        Assert.InRange(runtime.GetUtcNow(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Equal(clock.GetUtcNow(), server.Services.GetRequiredService<MoceanClock>().GetUtcNow());

        // And the silo lives on: every answer over the next seconds is the player.
        var until = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < until)
        {
            var reply = await client.GetAsync($"/name?id={id}");
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            Assert.Equal("Leap", await reply.Content.ReadAsStringAsync());
            await Task.Delay(250);
        }
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}

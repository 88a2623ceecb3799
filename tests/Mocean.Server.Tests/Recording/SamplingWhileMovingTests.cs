using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;
using Orleans.Configuration;

namespace Mocean.Server.Tests.Recording;

/// <summary>
/// A player who swims on without sending anything is still sampled, however short the runtime's idle collection age: the
/// ocean's grain, kept active by nothing else (its requests go to its cell, not the grain), would otherwise be collected
/// and its sampling timer with it. Here the collection age is three seconds and the player swims on for eight.
/// </summary>
public sealed class SamplingWhileMovingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);
    private readonly MoceanFactory factory = new();

    [Fact]
    public async Task APlayerSwimmingOnIsSampledEverySecondLongAfterTheIdleCollectionAge()
    {
        var client = factory.WithClock(clock).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<GrainCollectionOptions>(o =>
            {
                o.CollectionQuantum = TimeSpan.FromSeconds(1);
                o.CollectionAge = TimeSpan.FromSeconds(3);
            }))).CreateClient();
        var ocean = OceanKit.Unique("swim");
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/ocean?ocean={ocean}&seed=42")).Status);
        var id = (await client.Get($"/join?name=Ann&ocean={ocean}")).Text;
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/accel?id={id}&ctrl=w")).Status);

        // Eight seconds of the server's clock, one a (real) second and a half: far past the collection age, nobody asking.
        for (var second = 1; second <= 8; second++)
        {
            await Task.Delay(1500);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var url = $"/tabledap/ocean_{ocean}_tracks.csv0?time&player=%22Ann%22";
        var last = "";
        for (var attempt = 0; attempt < 50 && !last.Contains("15:09:34", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(200);
            last = (await client.Admin(url, method: HttpMethod.Get)).Text;
        }

        var times = last.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("2026-03-14T15:09:34Z", times);
        Assert.True(times.Length >= 8, $"a sample for each of the eight seconds: {string.Join(' ', times)}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}

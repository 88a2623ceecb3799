using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Grains;
using Mocean.Ocean;
using Mocean.Ocean.Commands;
using Mocean.OceanHosting;
using Mocean.Server.Ocean;
using Orleans.Core.Internal;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>
/// Handlers run a player's command on the ocean's engine directly while its grain is active in the process,
/// and through the grain otherwise: either way it is one ocean, and nothing done on the direct path is lost
/// when the grain goes away.
/// </summary>
public sealed class OceanCellTests : IAsyncDisposable
{
    private readonly MoceanFactory factory = new() { Settings = { ["Seed"] = "5" } };

    private IOceanGrain Main => factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IOceanGrain>("main");

    private OceanLocator Locator => factory.Services.GetRequiredService<OceanLocator>();

    [Fact]
    public async Task WhatAPlayerDidIsStillThereAfterTheOceanGrainWentAwayAndCameBack()
    {
        var client = factory.CreateClient();
        var id = await client.GetStringAsync("/join?name=Keeper");
        Assert.NotNull(Locator.Local("main"));
        await client.Admin("/admin/give?name=Keeper&item=iron%20dust");
        for (var i = 0; i < 3; i++)
        {
            await client.GetStringAsync($"/accel?ctrl=w&id={id}");
        }

        await client.GetStringAsync($"/dive?ctrl=f&id={id}");
        await client.GetStringAsync($"/stop?id={id}");
        var before = await client.GetStringAsync($"/location?id={id}");
        var held = await client.GetStringAsync($"/inventory?id={id}");
        Assert.Contains("iron dust", held, StringComparison.Ordinal);
        var speed = Speed(await client.GetStringAsync($"/velocity?id={id}"));
        Assert.Equal(0, speed);

        await Main.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Eventually(() => Locator.Local("main") is null, "the ocean's cell closes when its grain deactivates");

        // The next command activates the grain afresh from what it stored when it went away.
        Assert.Equal(before, await client.GetStringAsync($"/location?id={id}"));
        Assert.Equal(held, await client.GetStringAsync($"/inventory?id={id}"));
        Assert.NotNull(Locator.Local("main"));
        Assert.Equal("there are 1 players: Keeper", await client.GetStringAsync("/who"));
    }

    [Fact]
    public async Task ARequestAndAGrainCallSeeTheSameOcean()
    {
        var client = factory.CreateClient();
        var id = await client.GetStringAsync("/join?name=Twin");

        var byGrain = (await Main.Execute(new Player.Accel(id, "w"))).ValueOrRefusal();
        var overHttp = (await client.GetStringAsync($"/velocity?id={id}")).Split(',');
        Assert.Equal(Mocean.Server.Protocol.WireNumbers.Number(byGrain.Heading), overHttp[2]);
        Assert.True(Speed(string.Join(',', overHttp)) > 0, "the grain's accel moved the player seen over HTTP");

        await client.GetStringAsync($"/stop?id={id}");
        var stopped = (await Main.Execute(new Player.Velocity(id))).ValueOrRefusal();
        Assert.Equal((0.0, 0.0), (stopped.Vx, stopped.Vy));

        Assert.Equal("Twin", (await Main.Execute(new Player.Name(id))).ValueOrRefusal());
        await client.GetStringAsync($"/quit?id={id}");
        Assert.Equal(OceanError.UnknownPlayer, (await Main.Execute(new Player.Name(id))).Refusal?.Error);
    }

    private static double Speed(string velocity)
    {
        var parts = velocity.Split(',').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return Math.Sqrt((parts[0] * parts[0]) + (parts[1] * parts[1]));
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), what);
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}

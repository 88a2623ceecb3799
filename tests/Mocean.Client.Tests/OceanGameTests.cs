using Mocean.Client.Ocean;

namespace Mocean.Client.Tests;

/// <summary>Steering a player through the client, against the rules of mocean.md.</summary>
public sealed class OceanGameTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private MoceanClient Mocean => fixture.Client;

    [Fact]
    public async Task ANewPlayerStartsAtTheSurfaceStoppedHoldingAnAirTank()
    {
        var ada = await Mocean.Ocean.JoinAsync("ada");

        var here = await ada.LocationAsync();
        Assert.InRange(here.X, 40, 200);
        Assert.InRange(here.Y, 40, 200);
        Assert.Equal(0, here.Z);
        Assert.Equal(0, (await ada.VelocityAsync()).Speed);
        Assert.Contains("air tank", (await ada.InventoryAsync()).Items);
        Assert.True((await ada.PingAsync()).FloorDepth >= 0);
        await ada.QuitAsync();
    }

    [Fact]
    public async Task AccelSpeedsUpVeersAndSlowsAsTheKeysSay()
    {
        var bo = await Mocean.Ocean.JoinAsync("bo");

        var first = await bo.AccelAsync(Control.Faster);
        Assert.Equal(1, first.Speed, 9);
        Assert.Equal(1.45, (await bo.AccelAsync(Control.Faster)).Speed, 9);
        var left = await bo.AccelAsync(Control.Left);
        Assert.Equal(1.45, left.Speed, 9);
        Assert.Equal(Math.IEEERemainder(first.Heading + (Math.PI / 12), 2 * Math.PI), left.Heading, 9);
        Assert.Equal(1.45 * 0.6, (await bo.AccelAsync(Control.Slower)).Speed, 9);
        var stopped = await bo.StopAsync();
        Assert.Equal((0d, left.Heading), (stopped.Speed, stopped.Heading));
        await bo.QuitAsync();
    }

    [Fact]
    public async Task DivingSinksFiveMetresAndStopsThePlayer()
    {
        var cy = await Mocean.Ocean.JoinAsync("cy");
        await cy.AccelAsync(Control.Faster);

        var down = await cy.DiveAsync(Dive.Sink);

        Assert.Equal(Math.Min(5, (await cy.PingAsync()).FloorDepth), down.Z);
        Assert.Equal(0, (await cy.VelocityAsync()).Speed);
        Assert.Equal(0, (await cy.DiveAsync(Dive.Rise)).Z);
        await cy.QuitAsync();
    }

    [Fact]
    public async Task LookSeesAnotherPlayerAndChatReachesTheirInbox()
    {
        var dee = await Mocean.Ocean.JoinAsync("dee");
        var eve = await Mocean.Ocean.JoinAsync("eve");

        Assert.All((await dee.LookAsync()).Items, s => Assert.Contains(s.Kind, new[] { "whale", "treasure", "player" }));
        Assert.NotEmpty((await dee.SendChatAsync("eve", "hello eve")).Text);
        Assert.True((await eve.LocationAsync()).MessageWaiting);
        Assert.Equal("player dee tells you: hello eve", (await eve.PopChatAsync()).Text);
        Assert.False((await eve.LocationAsync()).MessageWaiting);
        await dee.QuitAsync();
        await eve.QuitAsync();
    }

    [Fact]
    public async Task GrabbingWithNothingInReachAndTeleportingWithoutTheCrystalAreTheGameSayingNo()
    {
        var fay = await Mocean.Ocean.JoinAsync("fay");

        Assert.NotEmpty((await fay.GetAsync("treasure")).Text);
        Assert.NotEmpty((await fay.UseAsync("air tank")).Text);
        var no = await Assert.ThrowsAsync<MoceanException>(() => fay.TeleportAsync(450, 450));
        Assert.Equal(200, no.Status);
        Assert.Contains("crystal", no.ServerLine, StringComparison.Ordinal);
        var bad = await Assert.ThrowsAsync<MoceanException>(() => fay.GetAsync("moon"));
        Assert.Equal(400, bad.Status);
        await fay.QuitAsync();
    }

    [Fact]
    public async Task TheUsageListsTheRoutes()
    {
        var usage = await Mocean.Ocean.UsageAsync();

        Assert.Contains("location", usage.Text, StringComparison.Ordinal);
        Assert.Contains("accel", usage.Text, StringComparison.Ordinal);
    }
}

using Mocean.Browser.Tests.Infrastructure;

namespace Mocean.Browser.Tests;

/// <summary>The big screen keeps going by itself when the server restarts.</summary>
public sealed class RestartTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task AfterTheServerRestartsTheMapReconnectsAndShowsThePlayersAgain()
    {
        await using var viewer = await site.OpenAsync("/ocean/live");
        await viewer.WaitForMapAsync();
        await site.PlayAsync("/join?name=Pearl");
        var reef = await site.PlayAsync("/join?name=Reef");
        await site.AdminAsync("/admin/give?name=Reef&item=teleport%20crystal");
        await site.PlayAsync($"/teleport?id={reef}&x=700&y=700"); // apart, so neither marker hides the other
        await viewer.Page.WaitForFunctionAsync("() => document.querySelectorAll(\"#players li[data-name='Pearl'], #players li[data-name='Reef']\").length === 2");
        var streamsBefore = await viewer.Page.EvaluateAsync<int>("() => window.moceanLive.state.opened");
        await viewer.ScreenshotAsync("07-before-restart");

        await site.RestartAsync();

        await viewer.Page.WaitForFunctionAsync("n => window.moceanLive.state.opened > n", streamsBefore);
        await viewer.Page.WaitForSelectorAsync("body[data-connected='true']");
        await viewer.Page.WaitForFunctionAsync("() => document.querySelectorAll(\"#players li[data-name='Pearl'], #players li[data-name='Reef']\").length === 2");
        await viewer.WaitForFramesAsync();
        Assert.True(await viewer.MarkerPixelsAsync("Pearl") > 5, "Pearl's marker should be drawn again");
        Assert.True(await viewer.MarkerPixelsAsync("Reef") > 5, "Reef's marker should be drawn again");
        await viewer.ScreenshotAsync("08-after-restart");
        // While the server was down the browser logged the failed reconnection attempts; nothing else.
        Assert.All(viewer.Errors, e => Assert.StartsWith("Failed to load resource: net::ERR_", e, StringComparison.Ordinal));
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Mocean.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Mocean.Browser.Tests;

/// <summary>The live ocean in a real browser: the floor, players joining, moving and quitting, and treasures for the teacher.</summary>
public sealed class LiveMapTests(LiveSite site, ITestOutputHelper output) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task TheMapLoadsWithoutConsoleErrorsAndShadesTheTrenchDarkerThanASeamountPeak()
    {
        await using var viewer = await site.OpenAsync("/ocean/live");
        await viewer.WaitForMapAsync();

        var seed = await viewer.Page.GetAttributeAsync("body", "data-seed");
        using var floor = JsonDocument.Parse(await site.Http.GetStringAsync(new Uri($"/ocean/live/floor?seed={seed}", UriKind.Relative)));
        var (peakX, peakY) = ShallowestSeamount(floor.RootElement);
        var trench = await viewer.Page.EvaluateAsync<int>(MapScripts.Brightness, new[] { 200.0, 302.0 });
        var peak = await viewer.Page.EvaluateAsync<int>(MapScripts.Brightness, new[] { peakX, peakY });
        await viewer.ScreenshotAsync("01-empty-ocean");

        Assert.Empty(viewer.Errors);
        Assert.True(trench < peak, $"trench brightness {trench} should be below the seamount peak's {peak}");
        Assert.Equal(seed, await viewer.Page.TextContentAsync("#seed"));
    }

    [Fact]
    public async Task APlayerWhoJoinsAppearsWithItsNameMovesAndDisappearsAfterQuitting()
    {
        await using var viewer = await site.OpenAsync("/ocean/live");
        await viewer.WaitForMapAsync();

        var joined = DateTime.UtcNow;
        var id = await site.PlayAsync("/join?name=Coral");
        await viewer.Page.WaitForSelectorAsync("#players li[data-name='Coral']");
        var latency = $"Coral on the map {(DateTime.UtcNow - joined).TotalMilliseconds:F0} ms after join was sent";
        output.WriteLine(latency);
        await File.WriteAllTextAsync(Path.Combine(LiveSite.Artefacts, "join-to-map.txt"), latency + "\n");
        await viewer.Page.WaitForFunctionAsync("() => window.moceanLive.positionOf('Coral') !== null");
        await viewer.WaitForFramesAsync();
        Assert.True(await viewer.MarkerPixelsAsync("Coral") > 5, "Coral's marker should be drawn at its place");
        await viewer.ScreenshotAsync("02-player-joined");

        var start = await PlaceAsync(viewer.Page, "Coral");
        await site.PlayAsync($"/accel?id={id}&ctrl=w");
        await site.PlayAsync($"/accel?id={id}&ctrl=w");
        await viewer.Page.WaitForFunctionAsync(
            "([x, y]) => { const li = document.querySelector(\"#players li[data-name='Coral']\"); return li && Math.hypot(li.dataset.x - x, li.dataset.y - y) > 1; }",
            new[] { start.X, start.Y });
        await viewer.ScreenshotAsync("03-player-moving");

        await site.PlayAsync($"/quit?id={id}");
        await viewer.Page.WaitForSelectorAsync("#players li[data-name='Coral']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await viewer.WaitForFramesAsync();
        Assert.Equal(-1, await viewer.MarkerPixelsAsync("Coral"));
        await viewer.ScreenshotAsync("04-player-quit");
        Assert.Empty(viewer.Errors);
    }

    [Fact]
    public async Task TreasuresAreHiddenUntilTheTeacherSignsInOnTheMap()
    {
        await using var viewer = await site.OpenAsync("/ocean/live");
        await viewer.WaitForMapAsync();
        var peaks = await SeamountsAsync(viewer.Page); // each treasure lies on its seamount's peak
        await viewer.WaitForFramesAsync();
        Assert.Equal(0, await viewer.Page.Locator("#treasures li").CountAsync());
        Assert.Equal(0, await viewer.Page.EvaluateAsync<int>(MapScripts.TreasurePixels, peaks));
        Assert.Equal("false", await viewer.Page.GetAttributeAsync("body", "data-teacher"));

        await viewer.Page.FillAsync("#signin input[name=key]", "not-the-key");
        await viewer.Page.ClickAsync("#signin button");
        await viewer.Page.WaitForSelectorAsync("#signin-result:has-text('not the admin key')");
        Assert.Equal(0, await viewer.Page.Locator("#treasures li").CountAsync());

        await viewer.Page.FillAsync("#signin input[name=key]", Mocean.Server.Tests.Infrastructure.MoceanFactory.AdminKey);
        await viewer.Page.ClickAsync("#signin button");
        await viewer.Page.WaitForSelectorAsync("body[data-teacher='true']");
        await viewer.Page.WaitForSelectorAsync("#treasures li", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await viewer.WaitForFramesAsync();
        await viewer.ScreenshotAsync("05-treasures-for-the-teacher");
        Assert.Equal(12, await viewer.Page.Locator("#treasures li").CountAsync());
        Assert.True(await viewer.Page.EvaluateAsync<int>(MapScripts.TreasurePixels, peaks) > 50, "treasure markers should be drawn on the peaks");

        var cookies = await viewer.Context.CookiesAsync();
        var cookie = Assert.Single(cookies, c => c.Name == "mocean-teacher");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain(Mocean.Server.Tests.Infrastructure.MoceanFactory.AdminKey, cookie.Value, StringComparison.Ordinal);
        // The one error the browser logs is the refused wrong key.
        Assert.All(viewer.Errors, e => Assert.Contains("403", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiftyPlayersMovingAllShowOnTheMap()
    {
        await using var viewer = await site.OpenAsync("/ocean/live");
        await viewer.WaitForMapAsync();
        var ids = new List<string>();
        var random = new Random(50);
        for (var i = 1; i <= 50; i++)
        {
            var name = $"Swimmer{i:D2}";
            var id = await site.PlayAsync($"/join?name={name}");
            ids.Add(id);
            await site.AdminAsync($"/admin/give?name={name}&item=teleport%20crystal");
            await site.PlayAsync(FormattableString.Invariant($"/teleport?id={id}&x={random.Next(20, 880)}&y={random.Next(20, 880)}"));
            await site.PlayAsync($"/accel?id={id}&ctrl=w");
            await site.PlayAsync($"/accel?id={id}&ctrl={(i % 2 == 0 ? "a" : "d")}");
            if (i % 3 == 0)
            {
                await site.PlayAsync($"/dive?id={id}&ctrl=f");
                await site.PlayAsync($"/dive?id={id}&ctrl=f");
            }
        }

        await viewer.Page.WaitForFunctionAsync("() => document.querySelectorAll(\"#players li[data-name^='Swimmer']\").length === 50");

        // The map keeps drawing with 50 players moving: sixty more frames come (a frozen or stalled map never gets
        // there). The rate is written for the report only; speed is measured in bench/, not asserted here.
        var before = await viewer.Page.EvaluateAsync<int>(MapScripts.Frames);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await viewer.Page.WaitForFunctionAsync("n => window.moceanLive.state.frames >= n + 60", before);
        var fps = 60 / watch.Elapsed.TotalSeconds;
        output.WriteLine($"frames per second with 50 players: {fps:F1}");
        await File.WriteAllTextAsync(Path.Combine(LiveSite.Artefacts, "fps-50-players.txt"), $"{fps:F1} frames per second with 50 players moving\n");
        await viewer.ScreenshotAsync("06-busy-ocean");

        foreach (var id in ids)
        {
            await site.PlayAsync($"/quit?id={id}");
        }

        await viewer.Page.WaitForFunctionAsync("() => document.querySelectorAll(\"#players li[data-name^='Swimmer']\").length === 0");
        Assert.Empty(viewer.Errors);
    }

    private static async Task<(double X, double Y)> PlaceAsync(IPage page, string name)
    {
        var item = page.Locator($"#players li[data-name='{name}']");
        return (double.Parse((await item.GetAttributeAsync("data-x"))!, CultureInfo.InvariantCulture),
            double.Parse((await item.GetAttributeAsync("data-y"))!, CultureInfo.InvariantCulture));
    }

    private async Task<double[][]> SeamountsAsync(IPage page)
    {
        var seed = await page.GetAttributeAsync("body", "data-seed");
        using var floor = JsonDocument.Parse(await site.Http.GetStringAsync(new Uri($"/ocean/live/floor?seed={seed}", UriKind.Relative)));
        return [.. floor.RootElement.GetProperty("seamounts").EnumerateArray().Select(s => new double[] { s.GetProperty("x").GetInt32(), s.GetProperty("y").GetInt32() })];
    }

    private static (double X, double Y) ShallowestSeamount(JsonElement floor)
    {
        var columns = floor.GetProperty("columns").GetInt32();
        var cell = floor.GetProperty("cell").GetInt32();
        var depths = floor.GetProperty("depths");
        return floor.GetProperty("seamounts").EnumerateArray()
            .Select(s => (X: (double)s.GetProperty("x").GetInt32(), Y: (double)s.GetProperty("y").GetInt32()))
            .MinBy(s => depths[((int)(s.Y / cell) * columns) + (int)(s.X / cell)].GetInt32());
    }
}

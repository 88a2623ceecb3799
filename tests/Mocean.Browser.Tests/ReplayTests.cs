using System.Globalization;
using Microsoft.Playwright;
using Mocean.Browser.Tests.Infrastructure;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Browser.Tests;

/// <summary>
/// A round replayed on the live page in a real browser: refused to a student while it is played, then drawn from the
/// record with the slider putting each player where the record has them, played to its end at 16×, linked from the
/// teacher's page, and downloaded as CSV that reads back to the same places.
/// </summary>
public sealed class ReplayTests(ClockedSite site) : IClassFixture<ClockedSite>
{
    private static PageWaitForSelectorOptions Shown => new() { State = WaitForSelectorState.Visible };

    [Fact]
    public async Task ARoundThatIsOverIsReplayedWithItsPlayersWhereTheRecordHasThem()
    {
        await site.AdminAsync("/admin/ocean?ocean=replayed&seed=42");
        var ids = new Dictionary<string, string>();
        foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan" })
        {
            ids[name] = await site.PlayAsync($"/join?name={name}&ocean=replayed");
            await site.AdminAsync($"/admin/give?ocean=replayed&name={name}&item=teleport%20crystal");
        }

        await site.AdminAsync("/admin/round?ocean=replayed&seed=5");

        // Ann goes to 300,300 two seconds into the round, and to 600,300 at six; each place is sampled on the server's clock.
        site.Clock.Advance(TimeSpan.FromSeconds(2));
        await site.PlayAsync($"/teleport?id={ids["Ann"]}&x=300&y=300");
        await TrackedAsync("Ann,300,300");
        site.Clock.Advance(TimeSpan.FromSeconds(4));
        await site.PlayAsync($"/teleport?id={ids["Ann"]}&x=600&y=300");
        await TrackedAsync("Ann,600,300");

        // While the round is played, a student's replay says why not.
        await using (var early = await site.OpenAsync("/ocean/live?ocean=replayed&replay=1"))
        {
            await early.Page.WaitForSelectorAsync("body[data-replay='refused']");
            Assert.Equal("round 1 of replayed is still being played: its replay opens to everyone when it is over", await early.Page.TextContentAsync("#connection"));
        }

        site.Clock.Advance(TimeSpan.FromSeconds(2));
        await site.AdminAsync("/admin/round/end?ocean=replayed");
        await TrackedAsync("round_ended", "events");

        await using var viewer = await site.OpenAsync("/ocean/live?ocean=replayed&replay=1", 1280, 720);
        var page = viewer.Page;
        await page.WaitForSelectorAsync("body[data-replay='ready'][data-floor='drawn']");
        Assert.Equal("replay", await page.TextContentAsync("#connection"));
        Assert.Equal("of round 1", await page.TextContentAsync("#replay-what"));
        Assert.Equal("8000", await page.GetAttributeAsync("#replay-slider", "max"));

        // The slider at 3 s: Ann at her first place, drawn there; at 7 s, at her second.
        await SlideAsync(page, 3000);
        await page.WaitForSelectorAsync("#players li[data-name='Ann'][data-x='300.0'][data-y='300.0']");
        await page.WaitForFunctionAsync("() => { const p = window.moceanLive.positionOf('Ann'); return p && Math.abs(p.x - 300) < 0.01 && Math.abs(p.y - 300) < 0.01; }");
        await viewer.WaitForFramesAsync();
        Assert.True(await viewer.MarkerPixelsAsync("Ann") > 20, "Ann's marker is drawn at 300,300");
        Assert.Equal("in play", await page.TextContentAsync("#round-phase"));

        await SlideAsync(page, 7000);
        await page.WaitForSelectorAsync("#players li[data-name='Ann'][data-x='600.0'][data-y='300.0']");
        await viewer.WaitForFramesAsync();
        Assert.True(await viewer.MarkerPixelsAsync("Ann") > 20, "Ann's marker is drawn at 600,300");
        Assert.Equal(4, await page.Locator("#players li").CountAsync());
        await ClockedSite.DocsScreenshotAsync(page, "live-replay");

        // Back to the start, then played at 16x to the end: the ticker ends with the round's end.
        await page.FocusAsync("#replay-slider");
        await page.Keyboard.PressAsync("Home");
        await page.WaitForSelectorAsync("body[data-replay-at='0']");
        await page.WaitForSelectorAsync("#players li[data-name='Ann']:not([data-x='300.0']):not([data-x='600.0'])");
        await page.SelectOptionAsync("#replay-speed", "16");
        await page.ClickAsync("#replay-play");
        await page.WaitForSelectorAsync("body[data-playing='false'][data-replay-at='8000']");
        await page.WaitForSelectorAsync("#ticker li[data-kind='round_ended']");
        await page.WaitForSelectorAsync("#players li[data-name='Ann'][data-x='600.0']");

        // The download reads back to the places the page drew.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#replay-downloads a[data-set='tracks'][data-type='csv']"));
        Assert.Equal("replayed-round1-tracks.csv", download.SuggestedFilename);
        var rows = (await File.ReadAllLinesAsync(await download.PathAsync())).Skip(2).Select(l => l.Split(',')).Where(f => f[2] == "Ann").ToList();
        Assert.Equal([(300.0, 300.0), (600.0, 300.0)], rows.TakeLast(2).Select(f => (Number(f[3]), Number(f[4]))));
        Assert.Equal(["2026-03-14T15:09:28Z", "2026-03-14T15:09:32Z"], rows.TakeLast(2).Select(f => f[0]));
        Assert.Empty(viewer.Errors);
    }

    [Fact]
    public async Task TheTeachersPageLinksEachRecordedRoundToItsReplay()
    {
        await site.AdminAsync("/admin/ocean?ocean=linked&seed=42");
        foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan" })
        {
            await site.PlayAsync($"/join?name={name}&ocean=linked");
        }

        await site.AdminAsync("/admin/round?ocean=linked&seed=5");
        await using var desk = await site.OpenAsync("/teacher");
        await desk.Page.FillAsync("#signin input[name=key]", MoceanFactory.AdminKey);
        await desk.Page.ClickAsync("#signin button");
        await desk.Page.WaitForSelectorAsync("#desk", Shown);
        await desk.Page.FillAsync("#ocean", "linked");
        await desk.Page.DispatchEventAsync("#ocean", "change");
        var round = "#recorded tr[data-round='1']";
        for (var i = 0; i < 100 && await desk.Page.Locator(round).CountAsync() == 0; i++)
        {
            await desk.Page.ClickAsync("#refresh-recorded");
            await Task.Delay(200);
        }

        Assert.Equal("in play", await desk.Page.TextContentAsync($"{round} td:nth-child(3)"));
        Assert.Equal("/ocean/live?ocean=linked&replay=1", await desk.Page.GetAttributeAsync($"{round} a:text-is('replay')", "href"));
        Assert.Equal("/tabledap/ocean_linked_events.jsonlKVP?&round=1", await desk.Page.GetAttributeAsync($"{round} a:text-is('events JSON Lines')", "href"));

        // The teacher's replay of the round being played draws it, signed in.
        var replay = await desk.Context.NewPageAsync();
        await replay.GotoAsync("/ocean/live?ocean=linked&replay=1");
        await replay.WaitForSelectorAsync("body[data-replay='ready']");
        await replay.WaitForSelectorAsync("#teacher-roles tr[data-role='impostor']");
    }

    /// <summary>Waits until the round's record (as the teacher reads it) has a row containing <paramref name="text"/>.</summary>
    private async Task TrackedAsync(string text, string set = "tracks")
    {
        var columns = set == "tracks" ? "player,x,y" : "kind";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/tabledap/ocean_replayed_{set}.csv0?{columns}&round=1", UriKind.Relative));
            request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
            using var reply = await site.Http.SendAsync(request);
            if ((await reply.Content.ReadAsStringAsync()).Split('\n').Contains(text))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the record never had {text}");
    }

    /// <summary>Moves the slider to <paramref name="ms"/> after the start, as a drag does (its value, then an input event).</summary>
    private static Task SlideAsync(IPage page, int ms) =>
        page.EvalOnSelectorAsync("#replay-slider", "(slider, v) => { slider.value = String(v); slider.dispatchEvent(new Event('input', { bubbles: true })); }", ms);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}

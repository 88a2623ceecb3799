using Microsoft.Playwright;
using Mocean.Browser.Tests.Infrastructure;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Browser.Tests;

/// <summary>The teacher's page in a real browser: sign in once, then every admin action as a form, with its effect seen.</summary>
public sealed class TeacherPageTests(LiveSite site) : IClassFixture<LiveSite>
{
    private static PageWaitForSelectorOptions Gone => new() { State = WaitForSelectorState.Detached };

    [Fact]
    public async Task AWrongKeyDoesNotSignIn()
    {
        await using var viewer = await site.OpenAsync("/teacher");
        await viewer.Page.FillAsync("#signin input[name=key]", "guessing");
        await viewer.Page.ClickAsync("#signin button");
        await viewer.Page.WaitForSelectorAsync("#signin-result:has-text('that is not the admin key')");
        Assert.False(await viewer.Page.IsVisibleAsync("#desk"));
        Assert.Equal("false", await viewer.Page.GetAttributeAsync("body", "data-signed-in"));
        await viewer.ScreenshotAsync("10-teacher-wrong-key");
        Assert.Empty(await viewer.Context.CookiesAsync());
    }

    [Fact]
    public async Task SignedInWithTheRightKeyEveryActionWorksAndShowsItsEffect()
    {
        var kelp = await site.PlayAsync("/join?name=Kelp");
        var squid = await site.PlayAsync("/join?name=Squid");
        await using var viewer = await site.OpenAsync("/teacher");
        var teacher = viewer.Page;
        await teacher.FillAsync("#signin input[name=key]", MoceanFactory.AdminKey);
        await teacher.ClickAsync("#signin button");
        await teacher.WaitForSelectorAsync("#desk", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        await teacher.WaitForSelectorAsync("#players tr[data-name='Kelp']");
        await teacher.WaitForSelectorAsync("#players tr[data-name='Squid']");
        await teacher.WaitForSelectorAsync("#players-result:text-is('2 players in main')");
        await viewer.ScreenshotAsync("11-teacher-signed-in");

        // The big screen in a second tab of the same browser (signed in too: it shows treasures).
        var map = await viewer.Context.NewPageAsync();
        await map.GotoAsync("/ocean/live");
        await map.WaitForSelectorAsync("body[data-connected='true'][data-teacher='true']");
        await map.WaitForSelectorAsync("#players li[data-name='Kelp']");

        // Chat, the chat log, mute and unmute.
        await site.PlayAsync($"/sendchat?id={kelp}&name=Squid&message=meet%20at%20the%20trench");
        await teacher.ClickAsync("#refresh-chat");
        await teacher.WaitForSelectorAsync("#chatlog tr[data-from='Kelp'][data-to='Squid'] td:text-is('meet at the trench')");
        await teacher.WaitForSelectorAsync("#chatlog-result:text-is('1 message in main')");
        await Submit(teacher, "/admin/mute", "muted Squid", ("name", "Squid"));
        await site.PlayAsync($"/sendchat?id={squid}&name=Kelp&message=secret%20plan");
        await teacher.ClickAsync("#refresh-chat");
        await teacher.WaitForSelectorAsync("#chatlog tr[data-from='Kelp'][data-to='Squid']");
        Assert.DoesNotContain("secret plan", await teacher.TextContentAsync("#chatlog"), StringComparison.Ordinal);
        await Submit(teacher, "/admin/unmute", "unmuted Squid", ("name", "Squid"));

        // Broadcast, give, pause and resume.
        await Submit(teacher, "/admin/broadcast", "sent to 2 players", ("message", "ten minutes left"));
        await map.WaitForSelectorAsync("#ticker li[data-kind='Broadcast']");
        await Submit(teacher, "/admin/give", "gave Squid", ("name", "Squid"), ("item", "binoculars"));
        Assert.Contains("binoculars", await site.PlayAsync($"/inventory?id={squid}"), StringComparison.Ordinal);
        await Submit(teacher, "/admin/pause", "paused");
        await map.WaitForSelectorAsync("#paused", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        await map.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveSite.Artefacts, "12-map-paused.png") });
        await Submit(teacher, "/admin/resume", "resumed");
        await map.WaitForSelectorAsync("#paused", new PageWaitForSelectorOptions { State = WaitForSelectorState.Hidden });

        // Remove a player: gone from the list and from the map.
        await teacher.ClickAsync("#players tr[data-name='Kelp'] button");
        await teacher.WaitForSelectorAsync("#players tr[data-name='Kelp']", Gone);
        await teacher.WaitForSelectorAsync("#players-result:has-text('removed Kelp')");
        await map.WaitForSelectorAsync("#players li[data-name='Kelp']", Gone);
        await map.WaitForSelectorAsync("#players li[data-name='Squid']");

        // Steps progress and the Duck leaderboard.
        teacher.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Submit(teacher, "/admin/steps/clear", "cleared: all Steps progress, Duck games and the Duck leaderboard");

        // A new ocean with a chosen seed, seen on its own map.
        await teacher.FillAsync("#ocean", "lesson2");
        await Submit(teacher, "/admin/ocean", "created the ocean lesson2 with seed 7", ("seed", "7"));
        await map.GotoAsync("/ocean/live?ocean=lesson2");
        await map.WaitForSelectorAsync("body[data-seed='7'][data-floor='drawn']");

        // The server's status, when the server has one.
        await teacher.ClickAsync("#refresh-status");
        await teacher.WaitForFunctionAsync("() => document.getElementById('status').textContent.length > 0");
        await viewer.ScreenshotAsync("13-teacher-after-actions");
    }

    [Fact]
    public async Task ThePlayerListAndTheChatLogShowLocalTimesAndCountInWords()
    {
        // An ocean of its own, so the other test's counts of main stay as they are.
        await site.AdminAsync("/admin/ocean?ocean=tide&seed=3");
        var eel = await site.PlayAsync("/join?name=Eel&ocean=tide");
        await Task.Delay(TimeSpan.FromSeconds(1.2)); // the list shows whole seconds: the move falls in a later one than the join
        await site.PlayAsync($"/accel?id={eel}&ctrl=w");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin/players?ocean=tide", UriKind.Relative));
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using var reply = await site.Http.SendAsync(request);
        var listed = (await reply.Content.ReadAsStringAsync()).Split('\n')[1].Split(',');
        Assert.Equal(["tide", "Eel"], listed[..2]);
        Assert.True(string.CompareOrdinal(listed[3], listed[2]) > 0, $"last seen {listed[3]} after joining at {listed[2]}");

        // A browser in Kathmandu (UTC+05:45 all year): the page shows its local time, and UTC on the pointer.
        await using var viewer = await site.OpenAsync("/teacher", timezone: "Asia/Kathmandu");
        var teacher = viewer.Page;
        await teacher.FillAsync("#signin input[name=key]", MoceanFactory.AdminKey);
        await teacher.ClickAsync("#signin button");
        await teacher.WaitForSelectorAsync("#desk", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        await teacher.FillAsync("#ocean", "tide");
        await teacher.ClickAsync("#refresh-players");
        await teacher.WaitForSelectorAsync("#players tr[data-name='Eel']");
        var cells = await teacher.Locator("#players tr[data-name='Eel'] td").AllInnerTextsAsync();
        Assert.Equal(["Eel", Kathmandu(listed[2]), Kathmandu(listed[3])], cells.Take(3));
        Assert.Equal($"{listed[2]} (UTC)", await teacher.GetAttributeAsync("#players tr[data-name='Eel'] td:nth-child(2) time", "title"));
        Assert.Equal("1 player in tide", await teacher.TextContentAsync("#players-result"));

        await site.PlayAsync("/join?name=Ray&ocean=tide");
        await site.PlayAsync($"/sendchat?id={eel}&name=Ray&message=echo,%20echo");
        await teacher.ClickAsync("#refresh-chat");
        await teacher.WaitForSelectorAsync("#chatlog tr[data-from='Eel'] td:text-is('echo, echo')");
        Assert.Equal("1 message in tide", await teacher.TextContentAsync("#chatlog-result"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", await teacher.TextContentAsync("#chatlog tr[data-from='Eel'] td:first-child"));

        await teacher.ClickAsync("#refresh-status");
        await teacher.WaitForSelectorAsync("#status:has-text('up since')");
        Assert.Matches(@"(?m)^up since: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", await teacher.TextContentAsync("#status"));
    }

    /// <summary>A UTC time of the server's lists as a browser in Kathmandu shows it.</summary>
    private static string Kathmandu(string utc) =>
        DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).ToOffset(new TimeSpan(5, 45, 0))
            .ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Fills the form posting to <paramref name="route"/>, submits it, and waits for its reply to contain <paramref name="expected"/>.</summary>
    private static async Task Submit(IPage page, string route, string expected, params (string Field, string Value)[] fields)
    {
        var form = page.Locator($"form[data-route='{route}']");
        foreach (var (field, value) in fields)
        {
            await form.Locator($"[name={field}]").FillAsync(value);
        }

        await form.Locator("button").ClickAsync();
        var reply = form.Locator("output");
        await reply.Filter(new LocatorFilterOptions { HasText = expected }).WaitForAsync();
        Assert.DoesNotContain("failed", await reply.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
    }
}

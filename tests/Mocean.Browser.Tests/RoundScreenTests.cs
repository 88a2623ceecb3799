using Microsoft.Playwright;
using Mocean.Browser.Tests.Infrastructure;

namespace Mocean.Browser.Tests;

/// <summary>
/// A round on the big screen and the teacher's page in a real browser: the teacher starts it from the page, the
/// public screen shows phase, time, task bar, beacon, the meeting's lines and running vote count, the ejection and
/// the end with every role, never a name on a marker or a role before the end; the teacher ends it from the page.
/// </summary>
public sealed partial class RoundScreenTests(ClockedSite site) : IClassFixture<ClockedSite>
{
    private static PageWaitForSelectorOptions Shown => new() { State = WaitForSelectorState.Visible };

    [Fact]
    public async Task TheBigScreenFollowsARoundFromTheTeachersStartToTheEndWithEveryRole()
    {
        await site.AdminAsync("/admin/ocean?ocean=screen&seed=42");
        var ids = new Dictionary<string, string>();
        foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan", "Eve" })
        {
            ids[name] = await site.PlayAsync($"/join?name={name}&ocean=screen");
        }

        // The teacher starts the round from the page, with a seed, and sees every role there.
        await using var desk = await SignedInAsync("screen");
        var teacher = desk.Page;
        await Submit(teacher, "/admin/round", "play,900,0,20,5,0", ("seed", "5"));
        await teacher.WaitForSelectorAsync("#round-status[data-phase='play']");
        await teacher.WaitForSelectorAsync("#roles tr[data-role='impostor']");
        Assert.Equal(5, await teacher.Locator("#roles tr").CountAsync());
        var roles = (await site.AdminAsync("/admin/round/roles?ocean=screen", HttpMethod.Get)).Split('\n').Select(l => l.Split(',')).ToList();
        var impostor = roles.Single(r => r[1] == "impostor")[0];
        Assert.Equal(impostor, await teacher.GetAttributeAsync("#roles tr[data-role='impostor']", "data-name"));
        var crew = roles.Where(r => r[1] == "crew").Select(r => r[0]).ToList();
        await ClockedSite.DocsScreenshotAsync(teacher, "teacher-round");

        // The public big screen: phase, time, an empty task bar, the names apart from the nameless markers.
        await using var screen = await site.OpenAsync("/ocean/live?ocean=screen");
        var live = screen.Page;
        await screen.WaitForMapAsync();
        await live.WaitForSelectorAsync("body[data-phase='play']");
        Assert.Equal("in play", await live.TextContentAsync("#round-phase"));
        Assert.Equal("15:00 left", await live.TextContentAsync("#round-time"));
        Assert.Equal("0 of 20 crew tasks done", await live.TextContentAsync("#round-tasks"));
        Assert.Equal(ids.Keys.Order(), await live.Locator("#players li").AllTextContentsAsync());
        await NoNameOnTheMap(screen, ids.Keys);

        // The teacher's own big screen names everyone and shows the roles.
        var teacherScreen = await desk.Context.NewPageAsync();
        await teacherScreen.GotoAsync("/ocean/live?ocean=screen");
        await teacherScreen.WaitForSelectorAsync($"#teacher-roles tr[data-role='impostor'][data-name='{impostor}']");
        await teacherScreen.WaitForSelectorAsync("#round-seed:text-is('5')");

        // A crewmate's sonar task fills the task bar.
        var (doer, victim, caller, ejected) = (crew[0], crew[1], crew[2], crew[3]);
        await DoSonarTask(doer, ids[doer]);
        await live.WaitForSelectorAsync("#round-tasks:text-is('1 of 20 crew tasks done')");
        Assert.Equal("width: 5%;", await live.GetAttributeAsync("#taskbar-fill", "style"));

        // A tag leaves a beacon on the map and a line in the ticker, never who tagged.
        var at = (await site.PlayAsync($"/location?id={ids[victim]}")).Split(',');
        await site.AdminAsync($"/admin/give?ocean=screen&name={impostor}&item=teleport%20crystal");
        await site.PlayAsync($"/teleport?id={ids[impostor]}&x={at[0]}&y={at[1]}");
        site.Clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal($"you tagged {victim}", await site.PlayAsync($"/tag?id={ids[impostor]}&name={victim}"));
        await live.WaitForSelectorAsync($"#ticker li[data-kind='Tagged']:text('{victim} was tagged')");
        await live.WaitForFunctionAsync("() => window.moceanLive.state.round.beacons.length === 1");
        await live.WaitForSelectorAsync("#round-living:text-is('4 living, 1 out')");
        await NoNameOnTheMap(screen, ids.Keys.Where(n => n != victim));

        // A meeting: who called it, the lines said, the votes counted as they come (never whose).
        Assert.Equal("you called a meeting: 90 s to talk and vote", await site.PlayAsync($"/meeting?id={ids[caller]}"));
        await site.PlayAsync($"/say?id={ids[caller]}&message=where%20was%20everyone%3F");
        await site.PlayAsync($"/say?id={ids[doer]}&message=at%20the%20sonar%20point");
        await site.PlayAsync($"/vote?id={ids[doer]}&name={ejected}");
        await site.PlayAsync($"/vote?id={ids[impostor]}&name={ejected}");
        await live.WaitForSelectorAsync("#meeting", Shown);
        await live.WaitForSelectorAsync($"#meeting-votes li[data-name='{ejected}'][data-votes='2']");
        Assert.Equal($"{caller} called a meeting", await live.TextContentAsync("#meeting-title"));
        Assert.Equal("90 s to talk and vote", await live.TextContentAsync("#meeting-time"));
        Assert.Equal([$"{caller}:where was everyone?", $"{doer}:at the sonar point"], await live.Locator("#meeting-lines li").AllTextContentsAsync());
        Assert.Equal("(2 of 4 voted)", await live.TextContentAsync("#meeting-voted"));
        Assert.Equal("meeting", await live.TextContentAsync("#round-phase"));
        Assert.DoesNotContain("impostor", await live.TextContentAsync("body") ?? "", StringComparison.Ordinal);
        await screen.WaitForFramesAsync();
        await ClockedSite.DocsScreenshotAsync(live, "live-round");

        // The ejection line, and play goes on.
        await site.PlayAsync($"/vote?id={ids[caller]}&name={ejected}");
        await site.PlayAsync($"/vote?id={ids[ejected]}&name=skip");
        await live.WaitForSelectorAsync("body[data-phase='play'] #ejection", Shown);
        Assert.Equal($"{ejected} was ejected: {ejected} was not an impostor", await live.TextContentAsync("#ejection"));
        Assert.True(await live.IsHiddenAsync("#meeting"));

        // A second meeting ejects the impostor: the crew wins, and every role is shown, with every name on the map.
        site.Clock.Advance(TimeSpan.FromSeconds(21));
        await site.PlayAsync($"/meeting?id={ids[doer]}");
        await site.PlayAsync($"/vote?id={ids[doer]}&name={impostor}");
        await site.PlayAsync($"/vote?id={ids[caller]}&name={impostor}");
        await site.PlayAsync($"/vote?id={ids[impostor]}&name={doer}");
        await live.WaitForSelectorAsync("body[data-phase='over'] #round-end", Shown);
        Assert.Equal("The crew wins", await live.TextContentAsync("#winner"));
        Assert.Equal($"{impostor} was ejected: {impostor} was an impostor", await live.TextContentAsync("#end-result"));
        var shown = await live.Locator("#end-roles tr").EvaluateAllAsync<string[]>("rows => rows.map(r => `${r.dataset.name},${r.dataset.role}`)");
        Assert.Equal(roles.Select(r => $"{r[0]},{r[1]}").Order(), shown.Order());
        await live.WaitForFunctionAsync(
            "names => names.every(n => (window.moceanLive.state.labels || []).some(l => l.text.startsWith(n)))", ids.Keys.ToArray());
        await ClockedSite.DocsScreenshotAsync(live, "live-round-over");

        // The teacher ends the round from the page: the sandbox again, on the big screen too.
        await teacher.WaitForSelectorAsync("#round-status[data-phase='over']");
        teacher.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Submit(teacher, "/admin/round/end", "the round is ended: the ocean is the sandbox again");
        await live.WaitForSelectorAsync("body[data-phase='none'] #round-none", Shown);
        Assert.True(await live.IsHiddenAsync("#round-end"));
        Assert.True(screen.Errors.Count == 0, string.Join('\n', [.. screen.Errors, .. screen.Refusals]));
        // The page asking whether it is signed in, before signing in (the whole list, should it differ).
        Assert.True(desk.Errors.SequenceEqual([Refused(401)]), string.Join('\n', [.. desk.Errors, .. desk.Refusals]));
    }

    [Fact]
    public async Task TheTeachersPageStartsARoundWithItsSettingsSaysWhyNotAndEndsIt()
    {
        await site.AdminAsync("/admin/ocean?ocean=lesson&seed=9");
        await using var desk = await SignedInAsync("lesson");
        var teacher = desk.Page;
        var ids = new Dictionary<string, string> { ["Kai"] = await site.PlayAsync("/join?name=Kai&ocean=lesson") };
        await Submit(teacher, "/admin/round", "409: a round needs at least 4 players: 1 in this ocean", failed: true);
        foreach (var name in new[] { "Lea", "Mo", "Nia", "Oz" })
        {
            ids[name] = await site.PlayAsync($"/join?name={name}&ocean=lesson");
        }

        await Submit(teacher, "/admin/round", "400: 'tasks' must be a whole number from 0 to 50, not 'many'", failed: true, ("tasks", "many"));
        await Submit(teacher, "/admin/round", "play,300,0,9,5,0",
            ("seed", "11"), ("impostors", "2"), ("tasks", "3"), ("minutes", "5"), ("meeting_seconds", "30"), ("confirm_ejects", "off"));
        await teacher.WaitForSelectorAsync("#round-status[data-phase='play']");
        Assert.Equal("in play, 5:00 left: 0 of 9 crew tasks done, 5 living, 0 out", await teacher.TextContentAsync("#round-status"));
        Assert.Equal(2, await teacher.Locator("#roles tr[data-role='impostor']").CountAsync());
        var crew = await teacher.Locator("#roles tr[data-role='crew']").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.name)");
        Assert.Equal(3, crew.Length);
        Assert.Equal("crew,alive", await site.PlayAsync($"/role?id={ids[crew[0]]}"));

        // The meeting lasts the seconds set; the ejection does not say whether it was an impostor.
        await site.PlayAsync($"/meeting?id={ids[crew[0]]}");
        await teacher.WaitForSelectorAsync("#round-status[data-phase='meeting']");
        Assert.StartsWith("a meeting, 0:30 left:", await teacher.TextContentAsync("#round-status"), StringComparison.Ordinal);
        foreach (var id in ids.Values)
        {
            await site.PlayAsync($"/vote?id={id}&name={crew[1]}");
        }

        Assert.Equal($"{crew[1]} was ejected", (await site.PlayAsync($"/hear?id={ids[crew[0]]}")).Split('\n')[^1].Split(',', 3)[2]);
        await teacher.WaitForSelectorAsync("#round-status[data-phase='over']");
        Assert.EndsWith("; winner: impostors", await teacher.TextContentAsync("#round-status"), StringComparison.Ordinal);

        teacher.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Submit(teacher, "/admin/round/end", "the round is ended: the ocean is the sandbox again");
        await teacher.WaitForSelectorAsync("#round-status[data-phase='none']");
        Assert.Equal("no round", await teacher.TextContentAsync("#round-status"));
        Assert.Equal(0, await teacher.Locator("#roles tr").CountAsync());
        Assert.Equal([Refused(401), Refused(409), Refused(400)], desk.Errors); // not yet signed in, and the two refusals
    }
}

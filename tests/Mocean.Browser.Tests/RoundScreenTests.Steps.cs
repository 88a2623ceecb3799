using System.Globalization;
using Microsoft.Playwright;
using Mocean.Browser.Tests.Infrastructure;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Browser.Tests;

/// <summary>The round tests' steps: signing in, a crewmate's sonar task, the nameless map, the teacher's forms.</summary>
public sealed partial class RoundScreenTests
{
    /// <summary>What the browser logs for a reply of <paramref name="status"/>.</summary>
    private static string Refused(int status) => $"Failed to load resource: the server responded with a status of {status} ({status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        _ => "Conflict",
    }})";

    /// <summary>A browser signed in on the teacher's page, with <paramref name="ocean"/> chosen.</summary>
    private async Task<Viewer> SignedInAsync(string ocean)
    {
        var desk = await site.OpenAsync("/teacher");
        await desk.Page.FillAsync("#signin input[name=key]", MoceanFactory.AdminKey);
        await desk.Page.ClickAsync("#signin button");
        await desk.Page.WaitForSelectorAsync("#desk", Shown);
        await desk.Page.FillAsync("#ocean", ocean);
        await desk.Page.DispatchEventAsync("#ocean", "change");
        return desk;
    }

    /// <summary>Goes to the player's sonar task (teleport, then dive in 5 m steps) and does it.</summary>
    private async Task DoSonarTask(string name, string id)
    {
        var sonar = (await site.PlayAsync($"/tasks?id={id}")).Split('\n').Select(l => l.Split(',')).First(t => t[1] == "sonar");
        var (x, y, z) = (sonar[2], sonar[3], double.Parse(sonar[4], CultureInfo.InvariantCulture));
        await site.AdminAsync($"/admin/give?ocean=screen&name={name}&item=teleport%20crystal");
        await site.PlayAsync($"/teleport?id={id}&x={x}&y={y}");
        for (var k = 0; k < Math.Round(z / 5); k++)
        {
            await site.PlayAsync($"/dive?id={id}&ctrl=f");
        }

        Assert.Equal($"task {sonar[0]} done: 1 of 20 crew tasks done", await site.PlayAsync($"/task?id={id}&n={sonar[0]}"));
    }

    /// <summary>After a few frames, no label on the public map names a player.</summary>
    private static async Task NoNameOnTheMap(Viewer screen, IEnumerable<string> names)
    {
        await screen.WaitForFramesAsync();
        var labels = await screen.Page.EvaluateAsync<string[]>("() => (window.moceanLive.state.labels || []).map(l => l.text)");
        Assert.DoesNotContain(labels, l => names.Any(n => l.Contains(n, StringComparison.Ordinal)));
        Assert.True(await screen.Page.EvaluateAsync<bool>("() => window.moceanLive.state.hidden"));
    }

    /// <summary>Fills the form posting to <paramref name="route"/>, submits it, and waits for its reply to contain <paramref name="expected"/>.</summary>
    private static async Task Submit(IPage page, string route, string expected, params (string Field, string Value)[] fields) =>
        await Submit(page, route, expected, false, fields);

    private static async Task Submit(IPage page, string route, string expected, bool failed, params (string Field, string Value)[] fields)
    {
        var form = page.Locator($"form[data-route='{route}']");
        foreach (var (field, value) in fields)
        {
            var input = form.Locator($"[name={field}]");
            if (await input.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            {
                await input.SelectOptionAsync(value);
            }
            else
            {
                await input.FillAsync(value);
            }
        }

        await form.Locator("button").ClickAsync();
        var reply = form.Locator("output");
        await reply.Filter(new LocatorFilterOptions { HasText = expected }).WaitForAsync();
        Assert.Equal(failed, (await reply.GetAttributeAsync("class") ?? "").Contains("failed", StringComparison.Ordinal));
    }
}

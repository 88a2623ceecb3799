using System.Net;
using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>
/// Every round route's reply, text and <c>format=json</c>, pinned by golden files in Ocean/Golden (round-*), through a
/// whole round to the impostors' win: a known world, start places, repeatable ids, round seed and a clock moved by hand. Each
/// route's <c>client=browser</c> page shows the same line with the same status.
/// </summary>
public sealed class RoundGoldenTests : IAsyncLifetime
{
    private readonly MoceanFactory factory = new()
    {
        Settings = { ["Seed"] = "2026", ["PlacementSeed"] = "1", ["IdSeed"] = "1" },
    };

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero));
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient(clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>A route that changes nothing, asked three ways: NAME.txt, NAME.json, and the browser page with the text.</summary>
    private async Task Pin(string name, string url)
    {
        var text = await client.Get(url);
        OceanKit.AssertGolden($"round-{name}.txt", text.Text);
        OceanKit.AssertGolden($"round-{name}.json", (await client.Get($"{url}&format=json")).Text);
        await Browser(url, text);
    }

    /// <summary>An action, asked once as text (NAME.txt) and once as JSON (NAME.json) by another player or later.</summary>
    private async Task<(HttpStatusCode Status, string Text)> Text(string name, string url)
    {
        var reply = await client.Get(url);
        OceanKit.AssertGolden($"round-{name}.txt", reply.Text);
        return reply;
    }

    private async Task Json(string name, string url) => OceanKit.AssertGolden($"round-{name}.json", (await client.Get($"{url}&format=json")).Text);

    private async Task Browser(string url, (HttpStatusCode Status, string Text) expected)
    {
        var page = await client.Get($"{url}&client=browser");
        Assert.Equal(expected.Status, page.Status);
        Assert.StartsWith("<!doctype html>", page.Text, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(expected.Text.Split('\n')[0]), page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryRoundRouteAnswersInItsPinnedTextJsonAndBrowserForms()
    {
        var joined = new Dictionary<string, string>();
        foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan", "Eve" })
        {
            joined[name] = (await client.Get($"/join?name={name}")).Text;
        }

        await Pin("none", "/round?ocean=main");
        await Pin("role-none", $"/role?id={joined["Ann"]}");
        Assert.Equal((HttpStatusCode.OK, "play,900,0,20,5,0"), await client.Admin("/admin/round?seed=8"));
        var roles = (await client.Admin("/admin/round/roles", method: HttpMethod.Get)).Text.Split('\n').Select(r => r.Split(',')).ToList();
        var ids = roles.Select(r => (Name: r[0], Id: joined[r[0]], Role: r[1])).ToList();
        var imp = Assert.Single(ids, p => p.Role == "impostor");
        var crew = ids.Where(p => p.Role == "crew").ToList();

        await Pin("play", "/round?ocean=main");
        await Pin("role-crew", $"/role?id={crew[0].Id}");
        await Pin("role-impostor", $"/role?id={imp.Id}");
        await Pin("tasks", $"/tasks?id={crew[0].Id}");
        await Pin("task-find-refused", $"/task?id={crew[0].Id}&n=1");
        await Pin("task-far", $"/task?id={crew[0].Id}&n=2");
        await Pin("tag-crewmate", $"/tag?id={crew[0].Id}");
        await Pin("tag-too-soon", $"/tag?id={imp.Id}");
        await Pin("report-nothing", $"/report?id={crew[1].Id}");
        await Pin("vote-no-meeting", $"/vote?id={crew[1].Id}&name=skip");
        await Text("sabotage", $"/sabotage?id={imp.Id}&kind=storm");
        await Pin("sabotage-again", $"/sabotage?id={imp.Id}&kind=storm");

        // The impostor tags the first crewmate where they are; the second reports the beacon.
        clock.Advance(TimeSpan.FromSeconds(10));
        foreach (var p in new[] { imp, crew[1] })
        {
            await client.Admin($"/admin/give?name={p.Name}&item=teleport%20crystal");
        }

        var at = (await client.Get($"/location?id={crew[0].Id}")).Text.Split(',');
        await client.Get($"/teleport?id={imp.Id}&x={at[0]}&y={at[1]}");
        await Text("tag", $"/tag?id={imp.Id}");
        await client.Get($"/teleport?id={crew[1].Id}&x={at[0]}&y={at[1]}");
        await Text("report", $"/report?id={crew[1].Id}");

        await Pin("meeting-on", "/round?ocean=main");
        await Pin("role-out", $"/role?id={crew[0].Id}");
        await Pin("say-out", $"/say?id={crew[0].Id}&message=it%20was%20you");
        await Text("say", $"/say?id={crew[1].Id}&message=I%20found%20{crew[0].Name}%20here");
        await Json("say", $"/say?id={crew[2].Id}&message=not%20me");
        await Browser($"/say?id={crew[3].Id}&message=skip%20then", (HttpStatusCode.OK, "said"));
        await Pin("hear", $"/hear?id={crew[3].Id}&after=0");
        await Pin("hear-after", $"/hear?id={crew[3].Id}&after=2");
        await Pin("accel-in-meeting", $"/accel?id={crew[3].Id}&ctrl=w");
        await Text("vote", $"/vote?id={crew[1].Id}&name={crew[3].Name}");
        await Json("vote", $"/vote?id={crew[2].Id}&name={crew[3].Name}");
        await Pin("vote-again", $"/vote?id={crew[2].Id}&name=skip");
        await Browser($"/vote?id={crew[3].Id}&name=skip", (HttpStatusCode.OK, "you voted"));
        await client.Get($"/vote?id={imp.Id}&name={crew[3].Name}");
        await Pin("hear-result", $"/hear?id={crew[3].Id}&after=4");
        await Pin("roles-early", "/roles?ocean=main");

        // The fourth crewmate was ejected; after the meeting's gap another meeting, then the impostor's second tag
        // leaves one impostor and one crewmate: the impostors win.
        clock.Advance(TimeSpan.FromSeconds(20));
        await Text("meeting", $"/meeting?id={crew[2].Id}");
        await Pin("meeting-again", $"/meeting?id={crew[2].Id}");
        foreach (var p in new[] { crew[1], crew[2], crew[3], imp })
        {
            await client.Get($"/vote?id={p.Id}&name=skip");
        }

        clock.Advance(TimeSpan.FromSeconds(30));
        at = (await client.Get($"/location?id={crew[1].Id}")).Text.Split(',');
        await client.Get($"/teleport?id={imp.Id}&x={at[0]}&y={at[1]}");
        await Json("tag", $"/tag?id={imp.Id}&name={crew[1].Name}");
        at = (await client.Get($"/location?id={crew[2].Id}")).Text.Split(',');
        await client.Get($"/teleport?id={imp.Id}&x={at[0]}&y={at[1]}");
        await Pin("tag-over", $"/tag?id={imp.Id}");

        await Pin("over", "/round?ocean=main");
        await Pin("roles", "/roles?ocean=main");
        await Pin("tasks-over", $"/tasks?id={crew[3].Id}");
    }
}

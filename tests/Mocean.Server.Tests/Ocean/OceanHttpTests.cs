using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>The game over real HTTP: players meeting and chatting, refusals, browser pages, usage.</summary>
public sealed class OceanHttpTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static readonly string[] IdRoutes =
    [
        "name", "quit", "look", "get?item=treasure", "inventory", "use?item=air%20tank", "sendchat?name=x&message=hi", "popchat",
        "location", "velocity", "accel?ctrl=w", "stop", "dive?ctrl=f", "teleport?x=1&y=2", "ping", "whalename", "treasurename", "seamountname",
    ];

    private async Task<string> Join(string name) => (await client.Get($"/join?name={name}")).Text;

    [Fact]
    public async Task TwoPlayersChatThroughTheirInboxes()
    {
        var (ann, bob) = (OceanKit.Unique("Ann"), OceanKit.Unique("Bob"));
        var (annId, bobId) = (await Join(ann), await Join(bob));
        Assert.Equal((HttpStatusCode.OK, $"message sent to {bob}"), await client.Get($"/sendchat?id={annId}&name={bob}&message=hello%20there"));
        Assert.Equal("1", (await client.Get($"/location?id={bobId}")).Text.Split(',')[4]);
        Assert.Equal($"{bob}'s inbox is full: try again later", (await client.Get($"/sendchat?id={annId}&name={bob}&message=again")).Text);
        Assert.Equal($"player {ann} tells you: hello there", (await client.Get($"/popchat?id={bobId}")).Text);
        Assert.Equal("your inbox is empty", (await client.Get($"/popchat?id={bobId}")).Text);
        Assert.Equal((HttpStatusCode.OK, $"message sent to {ann}"), await client.Get($"/sendchat?id={bobId}&name={ann.ToUpperInvariant()}&message=hi%20stupid"));
        Assert.Equal($"player {bob} tells you: hi ******", (await client.Get($"/popchat?id={annId}")).Text);
    }

    [Fact]
    public async Task AChatMessageOverTwoHundredCharactersIsA400AndNothingArrives()
    {
        var (ann, bob) = (OceanKit.Unique("Ann"), OceanKit.Unique("Bob"));
        var (annId, bobId) = (await Join(ann), await Join(bob));

        var refused = await client.Get($"/sendchat?id={annId}&name={bob}&message={new string('x', 201)}");

        Assert.Equal((HttpStatusCode.BadRequest, "message must be 1 to 200 characters, not 201: send a shorter one"), refused);
        Assert.Equal("your inbox is empty", (await client.Get($"/popchat?id={bobId}")).Text);
    }

    [Fact]
    public async Task APlayerSeesAnotherPlayerNearby()
    {
        var (ann, bob) = (OceanKit.Unique("Ann"), OceanKit.Unique("Bob"));
        var (annId, bobId) = (await Join(ann), await Join(bob));
        foreach (var name in new[] { ann, bob })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/give?name={name}&item=teleport%20crystal")).Status);
        }

        Assert.Equal("600,600,0", (await client.Get($"/teleport?id={annId}&x=600&y=600")).Text);
        Assert.Equal("605,600,0", (await client.Get($"/teleport?id={bobId}&x=605&y=600")).Text);
        var seen = (await client.Get($"/look?id={annId}")).Text.Split(',');
        Assert.Contains("player,605,600,0", string.Join(',', seen));
        Assert.EndsWith(",1", (await client.Get($"/location?id={annId}")).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/location", HttpStatusCode.BadRequest, "missing 'id': send id=YOURID, the id join gave you")]
    [InlineData("/location?id=a%20b", HttpStatusCode.BadRequest, "'a b' is not an id: an id is the lower-case letters and digits join gave you")]
    [InlineData("/location?id=zzzzzzzz", HttpStatusCode.NotFound, "no player has the id zzzzzzzz: join first (ids end when their player quits or idles out)")]
    [InlineData("/who?ocean=nowhere", HttpStatusCode.NotFound, "there is no ocean 'nowhere' here; leave ocean= out to use main, or ask your teacher for the ocean's name")]
    [InlineData("/who?ocean=no%20where", HttpStatusCode.BadRequest, "the ocean 'no where' will not do: an ocean's name is 1-20 letters and digits")]
    [InlineData("/id?name=Ann", HttpStatusCode.Gone, "the id route is retired: it handed anyone another player's id; keep the id that join gave you, and join again if you lost it")]
    public async Task MalformedOrUnknownRequestsGetA4xxWithOneLine(string url, HttpStatusCode status, string line) =>
        Assert.Equal((status, line), await client.Get(url));

    [Fact]
    public async Task BadControlsItemsAndArgumentsAreRefusedWith400()
    {
        var id = await Join(OceanKit.Unique("Cy"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Get($"/accel?id={id}&ctrl=q")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Get($"/accel?id={id}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Get($"/dive?id={id}&ctrl=w")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Get($"/get?id={id}&item=gold")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Get($"/teleport?id={id}&x=NaN&y=1")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Get($"/sendchat?id={id}&name=x")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Get($"/sendchat?id={id}&name={OceanKit.Unique("Nobody")}&message=hi")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Get($"/location?id={id}&id={id}")).Status);
    }

    [Fact]
    public async Task EveryIdRouteAnswers404ForAnUnknownIdAndAPageForABrowser()
    {
        var id = await Join(OceanKit.Unique("Di"));
        foreach (var route in IdRoutes.Where(r => !r.StartsWith("quit", StringComparison.Ordinal)))
        {
            var join = route.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            Assert.Equal(HttpStatusCode.NotFound, (await client.Get($"/{route}{join}id=nobody1")).Status);
            var page = await client.GetAsync($"/{route}{join}id={id}&client=browser");
            Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
            Assert.StartsWith("<!doctype html>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UsageListsEveryRouteLongAndBrief()
    {
        var (status, text) = await client.Get("/mocean");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Mocean ", text, StringComparison.Ordinal);
        Assert.Contains("a 900 by 900 ocean", text, StringComparison.Ordinal);
        foreach (var route in new[] { "join", "quit", "who", "name", "look", "get", "inventory", "use", "sendchat", "popchat", "location", "velocity", "accel", "stop", "dive", "teleport", "ping", "whalename", "treasurename", "seamountname",
            "round", "role", "tasks", "task", "tag", "sabotage", "meeting", "report", "say", "hear", "vote", "roles" })
        {
            Assert.Matches($@"\n{route}(\?|\[\?)", text); // who[?ocean=NAME]: its one key is optional
        }

        // Every line is a query a student can type: the id as id=YOURID, keys joined with &.
        Assert.Contains("\nteleport?id=YOURID&x=X&y=Y -> x,y,z (needs the teleport crystal)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nwho[?ocean=NAME] -> there are N players: name1 name2\n", text, StringComparison.Ordinal);
        Assert.Contains("\ntask?id=YOURID&n=N[&answer=TEMP] -> task N done: D of T crew tasks done (answer for a measure task)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nvote?id=YOURID&name=PLAYER|skip -> you voted (once a meeting)\n", text, StringComparison.Ordinal);

        var brief = (await client.Get("/mocean?usage=brief")).Text.Split('\n');
        Assert.Equal(2, brief.Length);
        Assert.Equal("routes: join quit who name look get inventory use sendchat popchat location velocity accel stop dive teleport ping whalename treasurename seamountname round role tasks task tag sabotage meeting report say hear vote roles", brief[1]);
    }
}

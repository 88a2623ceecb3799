using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>The teacher's actions on an ocean: refused without the key, doing what they say with it.</summary>
public sealed class OceanAdminTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/admin/ocean?ocean=nokey")]
    [InlineData("/admin/remove?name=x")]
    [InlineData("/admin/broadcast?message=hi")]
    [InlineData("/admin/pause")]
    [InlineData("/admin/resume")]
    [InlineData("/admin/give?name=x&item=binoculars")]
    [InlineData("/admin/mute?name=x")]
    [InlineData("/admin/unmute?name=x")]
    public async Task EveryAdminActionNeedsTheKey(string url)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Admin(url, key: null)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Admin(url, key: "wrong")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Admin("/admin/chatlog", key: null, HttpMethod.Get)).Status);
    }

    [Fact]
    public async Task GiveMuteUnmuteBroadcastAndChatLog()
    {
        var (ann, bob) = (OceanKit.Unique("Ann"), OceanKit.Unique("Bob"));
        var annId = (await client.Get($"/join?name={ann}")).Text;
        var bobId = (await client.Get($"/join?name={bob}")).Text;
        Assert.Equal((HttpStatusCode.OK, $"gave {ann} the binoculars"), await client.Admin($"/admin/give?name={ann}&item=Binoculars"));
        Assert.Equal("air tank,binoculars", (await client.Get($"/inventory?id={annId}")).Text);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Admin($"/admin/give?name={ann}&item=gold")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Admin($"/admin/give?name=Nobody1&item=binoculars")).Status);

        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/mute?name={ann}")).Status);
        var muted = await client.Get($"/sendchat?id={annId}&name={bob}&message=psst");
        Assert.Equal(HttpStatusCode.OK, muted.Status);
        Assert.Equal("your inbox is empty", (await client.Get($"/popchat?id={bobId}")).Text);
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/unmute?name={ann}")).Status);
        Assert.Equal($"message sent to {bob}", (await client.Get($"/sendchat?id={annId}&name={bob}&message=now%20I%20can")).Text);

        var (status, sent) = await client.Admin("/admin/broadcast?message=lunch%20time");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches(@"^sent to \d+ players$", sent);
        Assert.Equal("the teacher says: lunch time", (await client.Get($"/popchat?id={bobId}")).Text);
        Assert.Equal($"player {ann} tells you: now I can", (await client.Get($"/popchat?id={bobId}")).Text);

        var log = (await client.Admin("/admin/chatlog", method: HttpMethod.Get)).Text.Split('\n');
        Assert.Matches(@"^\d+ chat lines \(time,from,to,text\)$", log[0]);
        Assert.Contains(log, l => l.EndsWith($",{ann},{bob},now I can", StringComparison.Ordinal));
        Assert.Contains(log, l => l.EndsWith(",teacher,everyone,lunch time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABroadcastCountsThePlayersItReachedInWords()
    {
        var ocean = OceanKit.Unique("talk").ToLowerInvariant();
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/ocean?ocean={ocean}")).Status);
        Assert.Equal((HttpStatusCode.OK, "sent to 0 players"), await client.Admin($"/admin/broadcast?ocean={ocean}&message=anyone"));

        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/join?ocean={ocean}&name={OceanKit.Unique("Una")}")).Status);
        Assert.Equal((HttpStatusCode.OK, "sent to 1 player"), await client.Admin($"/admin/broadcast?ocean={ocean}&message=hello"));

        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/join?ocean={ocean}&name={OceanKit.Unique("Duo")}")).Status);
        Assert.Equal((HttpStatusCode.OK, "sent to 2 players"), await client.Admin($"/admin/broadcast?ocean={ocean}&message=hello"));
    }

    [Fact]
    public async Task RemovingAPlayerEndsTheirIdAndFreesTheName()
    {
        var name = OceanKit.Unique("Eve");
        var id = (await client.Get($"/join?name={name}")).Text;
        Assert.Equal((HttpStatusCode.OK, $"removed {name}; the name is free again"), await client.Admin($"/admin/remove?name={name}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Get($"/location?id={id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Admin($"/admin/remove?name={name}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/join?name={name}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Admin("/admin/remove")).Status);
    }

    [Fact]
    public async Task PauseStopsOceanTimeAndResumeStartsIt()
    {
        await client.Admin("/admin/ocean?ocean=paused1");
        var id = (await client.Get($"/join?name=Fin&ocean=paused1")).Text;
        await client.Get($"/accel?id={id}&ctrl=w");
        Assert.Equal((HttpStatusCode.OK, "paused: ocean time stands still"), await client.Admin("/admin/pause?ocean=paused1"));
        var before = (await client.Get($"/location?id={id}")).Text;
        await Task.Delay(300);
        Assert.Equal(before, (await client.Get($"/location?id={id}")).Text);
        Assert.Equal((HttpStatusCode.OK, "resumed: ocean time runs again"), await client.Admin("/admin/resume?ocean=paused1"));

        // Once time runs again the diver moves on: watch until it has (the deadline only bounds a hang).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var after = before;
        while (after == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            after = (await client.Get($"/location?id={id}")).Text;
        }

        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task SeveralOceansEachHaveTheirOwnPlayersAndWorld()
    {
        Assert.Equal((HttpStatusCode.OK, "created the ocean class2 with seed 42: join it with join?name=YOURNAME&ocean=class2"),
            await client.Admin("/admin/ocean?ocean=Class2&seed=42"));
        var name = OceanKit.Unique("Gil");
        var id = (await client.Get($"/join?name={name}&ocean=class2")).Text;
        Assert.Equal($"there are 1 players: {name}", (await client.Get("/who?ocean=CLASS2")).Text);
        Assert.DoesNotContain(name, (await client.Get("/who")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/join?name={name}")).Status);
        Assert.Equal(name, (await client.Get($"/name?id={id}")).Text);

        Assert.Equal((HttpStatusCode.OK, "reset the ocean class2 with seed 43: every player was removed"), await client.Admin("/admin/ocean?ocean=class2&seed=43"));
        Assert.Equal("there are 0 players: ", (await client.Get("/who?ocean=class2")).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Get($"/name?id={id}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Admin("/admin/ocean?ocean=x&seed=minus1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Admin("/admin/pause?ocean=nosuch")).Status);
    }
}

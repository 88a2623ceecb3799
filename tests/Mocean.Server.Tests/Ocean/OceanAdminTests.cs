using System.Net;
using Microsoft.Extensions.Time.Testing;
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
        // A server of its own whose clock the test moves: a minute passes while paused, ten seconds after resuming.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
        await using var server = new MoceanFactory();
        var timed = server.CreateClient(clock);
        await timed.Admin("/admin/ocean?ocean=paused1");
        var id = (await timed.Get($"/join?name=Fin&ocean=paused1")).Text;
        await timed.Get($"/accel?id={id}&ctrl=w");
        Assert.Equal((HttpStatusCode.OK, "paused: ocean time stands still"), await timed.Admin("/admin/pause?ocean=paused1"));
        var before = (await timed.Get($"/location?id={id}")).Text;

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(before, (await timed.Get($"/location?id={id}")).Text);
        Assert.Equal((HttpStatusCode.OK, "resumed: ocean time runs again"), await timed.Admin("/admin/resume?ocean=paused1"));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.NotEqual(before, (await timed.Get($"/location?id={id}")).Text);
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

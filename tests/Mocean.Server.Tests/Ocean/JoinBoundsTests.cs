using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>One script cannot fill an ocean: players per ocean and per address are bounded, with a clear refusal.</summary>
public sealed class JoinBoundsTests
{
    [Fact]
    public async Task AFullOceanRefusesTheNextPlayerWithA409()
    {
        await using var server = new MoceanFactory { Settings = { ["PlayersPerOcean"] = "3" } };
        using var client = server.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/join?name=p{i}")).StatusCode);
        }

        using var refused = await client.GetAsync("/join?name=p3");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("the ocean main is full: it takes 3 players; ask your teacher for another ocean", (await refused.Content.ReadAsStringAsync()).Trim());
        Assert.Equal("there are 3 players: p0 p1 p2", (await client.GetStringAsync("/who")).Trim());
    }

    [Fact]
    public async Task AnAddressWithItsShareOfPlayersMustQuitOneBeforeJoiningAnother()
    {
        await using var server = new MoceanFactory { Settings = { ["PlayersPerAddress"] = "2" } };
        using var client = server.CreateClient();
        var first = (await client.GetStringAsync("/join?name=a")).Trim();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/join?name=b")).StatusCode);

        using var refused = await client.GetAsync("/join?name=c");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("your address already has 2 players in the game; quit one (quit?id=ID) before joining another", (await refused.Content.ReadAsStringAsync()).Trim());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/quit?id={first}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/join?name=c")).StatusCode);
    }

    [Fact]
    public async Task JoinsSentAllAtOnceFromOneAddressStillStopAtItsShare()
    {
        await using var server = new MoceanFactory { Settings = { ["PlayersPerAddress"] = "2" } };
        using var client = server.CreateClient();

        var replies = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => client.GetAsync($"/join?name=racer{i}")));

        Assert.Equal(2, replies.Count(reply => reply.StatusCode == HttpStatusCode.OK));
        Assert.Equal(22, replies.Count(reply => reply.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(2, (await client.GetStringAsync("/who")).Trim().Split(' ').Count(word => word.StartsWith("racer", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task JoinsSentAllAtOnceCannotOverfillAnOcean()
    {
        await using var server = new MoceanFactory { Settings = { ["PlayersPerOcean"] = "3" } };
        using var client = server.CreateClient();

        var replies = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => client.GetAsync($"/join?name=crowd{i}")));

        Assert.Equal(3, replies.Count(reply => reply.StatusCode == HttpStatusCode.OK));
        var refusals = replies.Where(reply => reply.StatusCode != HttpStatusCode.OK).ToArray();
        Assert.Equal(21, refusals.Length);
        foreach (var refused in refusals)
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("the ocean main is full: it takes 3 players; ask your teacher for another ocean", (await refused.Content.ReadAsStringAsync()).Trim());
        }

        Assert.StartsWith("there are 3 players:", (await client.GetStringAsync("/who")).Trim(), StringComparison.Ordinal);
    }
}

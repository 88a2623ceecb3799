using System.Net;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Classic;

/// <summary>
/// The ocean blocks of the classic specification (shared/spec/classic-v314.md), request by request, in classic mode:
/// status 200 and the original's reply wherever a program could read it; numbers in our shortest form. One server serves
/// the tests, each beginning with the main ocean reset (every player removed, ids from 0 again); the walk through the
/// specification has a fresh server, since what a player sees there depends on the start places a fresh server draws.
/// </summary>
public sealed class ClassicOceanTests(ClassicOceanTests.Server server) : IClassFixture<ClassicOceanTests.Server>
{
    private const string Number = @"-?\d+(\.\d+)?(E-?\d+)?";
    private HttpClient client = server.Client;

    public sealed class Server : IAsyncLifetime
    {
        private readonly MoceanFactory factory = Classic();

        public HttpClient Client { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Client = factory.CreateClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await factory.DisposeAsync();
    }

    private static MoceanFactory Classic() => new() { Settings = { ["Classic"] = "true", ["PlacementSeed"] = "1" } };

    /// <summary>Removes every player of the main ocean (a reset), so its ids count from 0 again.</summary>
    private async Task ResetMainAsync() => Assert.Equal(HttpStatusCode.OK, (await client.Admin("/admin/ocean?ocean=main&seed=5")).Status);

    private async Task<string> Say(string url)
    {
        var reply = await client.GetAsync(url);
        Assert.True(reply.StatusCode == HttpStatusCode.OK, $"{url}: {(int)reply.StatusCode}");
        Assert.Equal("text/plain; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
        return await reply.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task EveryOceanRequestOfTheSpecificationIsAnsweredAsTheOriginalAnsweredIt()
    {
        await using var fresh = Classic();
        client = fresh.CreateClient();
        Assert.Equal("0", await Say("/join?name=cmpa828"));
        Assert.Equal("1", await Say("/join?name=cmpb828"));
        Assert.Equal("0", await Say("/join?name=cmpa828"));
        Assert.Equal("-1", await Say("/join?name=bad%20name"));
        Assert.Equal("there are 2 players: cmpa828 cmpb828 ", await Say("/who"));
        Assert.Equal("cmpa828", await Say("/name?id=0"));
        Assert.Equal("0", await Say("/id?name=cmpa828"));
        Assert.Matches($"^{Number},{Number},0,0,0,[01]$", await Say("/location?id=0"));
        Assert.Matches($"^0,0,{Number}$", await Say("/velocity?id=0"));
        Assert.Matches($"^{Number},{Number},0,{Number},{Number},{Number}$", await Say("/accel?id=0&ctrl=w"));
        Assert.Equal("accel route fail, possibly bad ctrl (should be one of: w a s d)", await Say("/accel?id=0&ctrl=q"));
        Assert.Matches($"^{Number},{Number},0,0,0,{Number}$", await Say("/stop?id=0"));
        Assert.Matches($"^{Number},{Number},5$", await Say("/dive?id=0&ctrl=f"));
        Assert.Equal("-1", await Say("/dive?id=0&ctrl=x"));
        Assert.Matches($"^{Number}$", await Say("/ping?id=0"));
        Assert.Equal("", await Say("/look?id=0"));
        Assert.Equal("there is no treasure within your grasp at the moment", await Say("/get?id=0&item=treasure"));
        Assert.Equal("all the whales are too hungry to help you", await Say("/get?id=0&item=whale"));
        Assert.Equal("Did you specify the item you want to get? If so: That item is not available", await Say("/get?id=0&item=rock"));
        Assert.Equal("[['air tank', 'air tank', 1.0]]", await Say("/inventory?id=0"));
        Assert.Equal("there is no way to make use of that item right now", await Say("/use?id=0&item=air%20tank"));
        Assert.Equal("you need to find a particular treasure to teleport", await Say("/teleport?id=0&x=10&y=10"));
        Assert.Equal("this player has no whale and hence no whale name", await Say("/whalename?id=0"));
        Assert.Equal("treasures held by cmpa828: ", await Say("/treasurename?id=0"));
        Assert.Matches("^the nearest seamount to you is called (Mount Crumpet|Axial Seamount|Meru Prastarah|Krakatoa|Atlantis|Euler Seamount|Ridhi Seamount|Aiden Seamount|Loihi Seamount|Kick 'em Jenny|West Mata|Vema Seamount)$", await Say("/seamountname?id=0"));
        Assert.Equal("your message is in your recipients inbox waiting to be read", await Say("/sendchat?id=0&name=cmpb828&message=hi%20there"));
        Assert.Equal("player cmpa828 tells you: hi there", await Say("/popchat?id=1"));
        Assert.Equal("no message in your inbox", await Say("/popchat?id=1"));
        Assert.Equal("player for chat message does not seem to be in the game", await Say("/sendchat?id=0&name=nobody&message=hi"));
        Assert.Equal("bad player id; try debugging using the id route", await Say("/location?id=987654"));
        Assert.Equal("player cmpb828 removed from the game", await Say("/quit?name=cmpb828"));
    }

    [Fact]
    public async Task TheCheatsStayTheTeachersAndTheUsageIsTheOriginalsTable()
    {
        await ResetMainAsync();
        Assert.Equal("0", await Say("/join?name=Ann"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Get("/backdoor?id=0")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Get("/bonanza?id=0")).Status);

        var usage = (await Say("/mocean")).Split('\n');
        Assert.EndsWith("   browser? add client=browser. brief? add usage=brief", usage[0], StringComparison.Ordinal);
        Assert.Equal("our ocean is 900 by 900. hullspeed is 40.0", usage[1]);
        Assert.Contains("route            key         value                     return string", usage);
        Assert.Contains("accel            id          my id", usage);
        Assert.Contains("                 ctrl        one of: w a s d           x,y,z,vx,vy,heading", usage);
        var brief = (await Say("/mocean?usage=brief")).Split('\n');
        Assert.Equal("our ocean is 900 by 900. hullspeed is 40.0", brief[1]);
        Assert.Equal("join         name      --> id string: 0, 1, 2...", brief[3]);
    }

    [Fact]
    public async Task ANameJoiningAgainGetsItsOwnIdBackAndAfterQuittingANewOne()
    {
        await ResetMainAsync();
        Assert.Equal("0", await Say("/join?name=Ann"));
        Assert.Equal("1", await Say("/join?name=Bob"));
        Assert.Equal("1", await Say("/join?name=bob"));
        Assert.Equal("player Ann removed from the game", await Say("/quit?id=0"));
        Assert.Equal("bad player id; try debugging using the id route", await Say("/name?id=0"));
        Assert.Equal("-1", await Say("/id?name=Ann"));
        Assert.Equal("quit failed: name not found in the active players list", await Say("/quit?name=Ann"));
        Assert.Equal("2", await Say("/join?name=Ann"));
        Assert.Equal("Ann", await Say("/name?id=2"));
        Assert.Equal("there are 2 players: Bob Ann ", await Say("/who"));
    }

    [Fact]
    public async Task InventoryAndTreasureNameListTheTreasuresInTheOriginalsForm()
    {
        await ResetMainAsync();
        Assert.Equal("0", await Say("/join?name=Ann"));
        Assert.Equal(HttpStatusCode.OK, (await client.Admin("/admin/give?name=Ann&item=boat%20hook")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Admin("/admin/give?name=Ann&item=iron%20dust")).Status);

        Assert.Equal("[['air tank', 'air tank', 1.0], ['treasure', 'boat hook'], ['treasure', 'iron dust']]", await Say("/inventory?id=0"));
        Assert.Equal("treasures held by Ann: boat hook iron dust ", await Say("/treasurename?id=0"));
        Assert.Equal("player does not have requested item to use; be sure to spell it as listed in your inventory!", await Say("/use?id=0&item=sock"));
    }

    [Fact]
    public async Task EachOceanCountsItsOwnIdsFromZeroAgainAfterAReset()
    {
        await ResetMainAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.Admin("/admin/ocean?ocean=reef&seed=5")).Status);
        Assert.Equal("0", await Say("/join?name=Ann"));
        Assert.Equal("1", await Say("/join?name=Bob"));
        Assert.Equal("0", await Say("/join?name=Cy&ocean=reef"));
        Assert.Equal("Cy", await Say("/name?id=0&ocean=reef"));
        Assert.Equal("Ann", await Say("/name?id=0"));
        Assert.Equal("0", await Say("/id?name=Cy&ocean=reef"));
        Assert.Equal("-1", await Say("/id?name=Cy"));
        Assert.Equal("bad player id; try debugging using the id route", await Say("/name?id=1&ocean=reef"));

        Assert.Equal(HttpStatusCode.OK, (await client.Admin("/admin/ocean?ocean=main&seed=7")).Status);
        Assert.Equal("0", await Say("/join?name=Dee"));
        Assert.Equal("Dee", await Say("/name?id=0"));
        Assert.Equal("1", await Say("/join?name=Eve&ocean=reef"));
    }

    [Fact]
    public async Task WhatTheOriginalLackedStillWorksJsonTheBrowserPageAndTheDefaultModesTextsWhereTheOriginalHadNone()
    {
        await ResetMainAsync();
        Assert.Equal("0", await Say("/join?name=Ann"));

        Assert.StartsWith("{\"x\":", (await client.Get("/location?id=0&format=json")).Text, StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"1\"}", (await client.Get("/join?name=Bob&format=json")).Text);
        var page = await client.GetAsync("/who?client=browser");
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Contains("there are 2 players: Ann Bob", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, "missing 'id': send id=YOURID, the id join gave you"), await client.Get("/location"));
        Assert.Equal("bad player id; try debugging using the id route", await Say("/location?id=no%20such"));
    }
}

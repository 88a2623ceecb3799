using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Admin;

public sealed class AdminPlayersTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, string Text)> Send(HttpMethod method, string url, string? key)
    {
        using var request = new HttpRequestMessage(method, url);
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        var reply = await client.SendAsync(request);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    private async Task<(string Name, string Id)> Join()
    {
        var name = "P" + Guid.NewGuid().ToString("N")[..8];
        return (name, await client.GetStringAsync($"/join?name={name}"));
    }

    [Fact]
    public async Task WithoutTheKeyRemovingIsA401AndChangesNothing()
    {
        var (name, id) = await Join();
        var (status, text) = await Send(HttpMethod.Post, $"/admin/players/remove?name={name}", key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("this is an admin route: send the admin key in the header X-Admin-Key", text);
        Assert.Equal(name, await client.GetStringAsync($"/name?id={id}"));
    }

    [Fact]
    public async Task AWrongKeyIsA403AndChangesNothing()
    {
        var (name, id) = await Join();
        var (status, text) = await Send(HttpMethod.Post, $"/admin/players/remove?name={name}", "not-the-key");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("the admin key in X-Admin-Key is wrong", text);
        Assert.Equal(name, await client.GetStringAsync($"/name?id={id}"));
    }

    [Fact]
    public async Task TheRightKeyRemovesThePlayerAndFreesTheName()
    {
        var (name, id) = await Join();
        Assert.Equal((HttpStatusCode.OK, $"removed {name} from main\n"), await Send(HttpMethod.Post, $"/admin/players/remove?name={name}", MoceanFactory.AdminKey));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/name?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Post, $"/admin/players/remove?name={name}", MoceanFactory.AdminKey)).Status);
    }

    [Fact]
    public async Task AnOceanThatDoesNotExistIsA404ForListingAsForRemoving()
    {
        const string Reply = "there is no ocean 'nosuch'; GET /admin/players lists the players of every ocean\n";
        Assert.Equal((HttpStatusCode.NotFound, Reply), await Send(HttpMethod.Get, "/admin/players?ocean=NoSuch", MoceanFactory.AdminKey));
        Assert.Equal((HttpStatusCode.NotFound, Reply), await Send(HttpMethod.Post, "/admin/players/remove?ocean=nosuch&name=Ann", MoceanFactory.AdminKey));
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/admin/players?ocean=main", MoceanFactory.AdminKey)).Status);
    }

    [Fact]
    public async Task ThePlayerListShowsNamesButNeverIds()
    {
        var (name, id) = await Join();
        var (status, text) = await Send(HttpMethod.Get, "/admin/players", MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, status);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^\d+ players \(ocean,name,joined,last seen\)$", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"main,{name},", StringComparison.Ordinal));
        Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, "/admin/players", null)).Status);
    }

    [Fact]
    public async Task EveryAdminActionIsLoggedAndARefusalIsNotAnAction()
    {
        var (name, _) = await Join();
        await Send(HttpMethod.Post, $"/admin/players/remove?name={name}&ocean=main", "wrong");
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Message.Contains($"Admin action POST /admin/players/remove?name={name}", StringComparison.Ordinal));
        Assert.Contains(factory.Logs.Lines, l => l.Message.Contains("Admin key refused on /admin/players/remove", StringComparison.Ordinal));

        await Send(HttpMethod.Post, $"/admin/players/remove?name={name}&ocean=main", MoceanFactory.AdminKey);
        Assert.Contains(factory.Logs.Lines, l => l.Message.Contains($"Admin action POST /admin/players/remove?name={name}&ocean=main from", StringComparison.Ordinal));
    }
}

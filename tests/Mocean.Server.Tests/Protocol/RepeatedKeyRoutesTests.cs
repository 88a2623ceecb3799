using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Protocol;

/// <summary>
/// Routes that read their query themselves (the teacher's, the live map's) keep the protocol's rule too: a key
/// given twice is a 400 with one line, and nothing happens; before, <c>ocean=a&amp;ocean=b</c> was read as "a,b".
/// </summary>
public sealed class RepeatedKeyRoutesTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string> Routes => new()
    {
        { "POST", "/admin/ocean?ocean=a&ocean=b" },
        { "POST", "/admin/pause?ocean=main&OCEAN=main" },
        { "POST", "/admin/broadcast?message=hi&message=there" },
        { "POST", "/admin/give?name=Ann&item=binoculars&item=crystal" },
        { "POST", "/admin/mute?name=Ann&name=Bob" },
        { "POST", "/admin/players/remove?name=Ann&name=Bob" },
        { "GET", "/admin/players?ocean=main&ocean=main" },
        { "GET", "/admin/chatlog?ocean=a&ocean=b" },
        { "GET", "/ocean/live/stream?ocean=a&ocean=b" },
        { "GET", "/ocean/live/floor?seed=1&seed=2" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task ARepeatedKeyIsA400WithOneLine(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);

        using var reply = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        var key = url.Split('?')[1].Split('&')[^1].Split('=')[0];
        Assert.Equal($"the key '{key}' was given 2 times; send each key once", await reply.Content.ReadAsStringAsync(), ignoreCase: true);
    }

    [Fact]
    public async Task ARefusedRepeatDoesNothing()
    {
        var id = await client.GetStringAsync("/join?name=Repeat");
        using var remove = new HttpRequestMessage(HttpMethod.Post, "/admin/remove?name=Repeat&name=Repeat");
        remove.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(remove)).StatusCode);
        Assert.Equal("Repeat", await client.GetStringAsync($"/name?id={id}"));
    }

    [Fact]
    public async Task TheAdminKeyIsCheckedFirst()
    {
        using var reply = await client.PostAsync(new Uri("/admin/pause?ocean=a&ocean=b", UriKind.Relative), content: null);
        Assert.Equal(HttpStatusCode.Unauthorized, reply.StatusCode);
    }
}

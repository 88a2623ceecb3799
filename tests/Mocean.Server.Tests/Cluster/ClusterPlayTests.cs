using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// Two servers of one cluster under concurrent requests: nothing is lost or counted twice whichever server a request
/// reaches (one ocean engine, one player directory, whether a handler runs the engine in its own process or calls its
/// grain on the other), the teacher signed in (or out) through one server is so on the other, and a teacher's action
/// through either server acts on the whole game.
/// </summary>
public sealed class ClusterPlayTests
{
    [Fact]
    public async Task ConcurrentJoinsAndQuitsThroughBothServersLoseNothingAndCountNothingTwice()
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        var servers = await Task.WhenAll(Start(postgres), Start(postgres));
        await using var a = servers[0];
        await using var b = servers[1];
        using var http = new HttpClient();
        string Through(int i) => (i % 2 == 0 ? a : b).BaseUrl;

        // The same name from ten players at once, half through each server: exactly one gets it.
        var same = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => http.GetAsync($"{Through(i)}/join?name=ada")));
        Assert.Single(same, reply => reply.StatusCode == HttpStatusCode.OK);
        Assert.Equal(9, same.Count(reply => reply.StatusCode == HttpStatusCode.Conflict));

        var names = Enumerable.Range(0, 40).Select(i => $"diver{i}").ToList();
        var ids = await Task.WhenAll(names.Select((name, i) => http.GetStringAsync($"{Through(i)}/join?name={name}")));
        Assert.Equal(40, ids.Distinct().Count());
        var everyone = await http.GetStringAsync($"{a.BaseUrl}/who");
        Assert.Equal(everyone, await http.GetStringAsync($"{b.BaseUrl}/who"));
        Assert.StartsWith("there are 41 players:", everyone, StringComparison.Ordinal);

        // Each quits through the server it did not join through, all at once.
        var quits = await Task.WhenAll(ids.Select((id, i) => http.GetAsync($"{Through(i + 1)}/quit?id={id}")));
        Assert.All(quits, reply => Assert.Equal(HttpStatusCode.OK, reply.StatusCode));
        Assert.Equal("there are 1 players: ada", (await http.GetStringAsync($"{b.BaseUrl}/who")).Trim());
        Assert.Equal("there are 1 players: ada", (await http.GetStringAsync($"{a.BaseUrl}/who")).Trim());
    }

    [Fact]
    public async Task TheTeacherSignedInThroughOneServerActsThroughTheOtherOnTheWholeGame()
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        var servers = await Task.WhenAll(Start(postgres), Start(postgres));
        await using var a = servers[0];
        await using var b = servers[1];
        using var http = new HttpClient();

        using var signIn = new HttpRequestMessage(HttpMethod.Post, a.BaseUrl + "/teacher/signin")
        {
            Content = new FormUrlEncodedContent([new("key", MoceanFactory.AdminKey)]),
        };
        signIn.Headers.Add("Origin", a.BaseUrl);
        using var signedIn = await http.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie")).Split(';')[0];

        // The cookie from A opens B's admin routes: the servers share the keys that seal it.
        using var players = new HttpRequestMessage(HttpMethod.Get, b.BaseUrl + "/admin/players");
        players.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(players)).StatusCode);

        // An ocean made through B is there through A; a player removed through A is gone through B.
        Assert.Equal(HttpStatusCode.OK, (await Admin(http, HttpMethod.Post, $"{b.BaseUrl}/admin/ocean?ocean=class2&seed=42")).StatusCode);
        var ada = await http.GetStringAsync($"{a.BaseUrl}/join?name=ada&ocean=class2");
        Assert.Equal("ada", await http.GetStringAsync($"{b.BaseUrl}/name?id={ada}"));
        Assert.Equal(HttpStatusCode.OK, (await Admin(http, HttpMethod.Post, $"{a.BaseUrl}/admin/remove?ocean=class2&name=ada")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"{b.BaseUrl}/name?id={ada}")).StatusCode);

        // A pause through A shows on the live map served by B.
        await http.GetStringAsync($"{b.BaseUrl}/join?name=bob&ocean=class2");
        Assert.Contains("\"paused\":false", await FirstFrame(http, $"{b.BaseUrl}/ocean/live/stream?ocean=class2"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Admin(http, HttpMethod.Post, $"{a.BaseUrl}/admin/pause?ocean=class2")).StatusCode);
        var frame = await FirstFrame(http, $"{b.BaseUrl}/ocean/live/stream?ocean=class2");
        Assert.Contains("\"paused\":true", frame, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"bob\"", frame, StringComparison.Ordinal);

        // Signing out through B signs the teacher out on A too.
        using var signOut = new HttpRequestMessage(HttpMethod.Post, b.BaseUrl + "/teacher/signout");
        signOut.Headers.Add("Cookie", cookie);
        signOut.Headers.Add("Origin", b.BaseUrl);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(signOut)).StatusCode);
        using var after = new HttpRequestMessage(HttpMethod.Get, a.BaseUrl + "/admin/players");
        after.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(after)).StatusCode);
    }

    /// <summary>The first picture a live stream sends (its first <c>data:</c> line).</summary>
    private static async Task<string> FirstFrame(HttpClient http, string url)
    {
        using var reply = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await reply.Content.ReadAsStreamAsync());
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return string.Empty;
    }

    private static async Task<HttpResponseMessage> Admin(HttpClient http, HttpMethod method, string url)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        return await http.SendAsync(request);
    }

    private static Task<ServerProcess> Start(PostgresServer postgres) =>
        ServerProcess.StartAsync(extraArgs: ["--cluster", postgres.ConnectionString]);
}

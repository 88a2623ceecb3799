using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Live;

/// <summary>Signing out revokes the teacher's cookie wherever it was copied; a key changed and changed back does not revive old cookies.</summary>
public sealed class TeacherSignOutTests : IDisposable
{
    private const string Self = "http://localhost";
    private const string OtherKey = "another-class-key";
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "mocean-signout-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private MoceanFactory Server(string key = MoceanFactory.AdminKey) => new() { Settings = { ["DataDir"] = dataDir, ["AdminKey"] = key } };

    [Fact]
    public async Task ACookieCopiedBeforeSigningOutNoLongerOpensAdminRoutes()
    {
        await using var server = Server();
        using var client = server.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var cookie = await SignInAsync(client, MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, await PlayersAsync(client, cookie));

        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/teacher/signout");
        signOut.Headers.Add("Cookie", cookie);
        signOut.Headers.Add("Origin", Self);
        using var reply = await client.SendAsync(signOut);
        Assert.Equal("signed out (every browser signed in before must sign in again)\n", await reply.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, await PlayersAsync(client, cookie));
        var again = await SignInAsync(client, MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, await PlayersAsync(client, again));
    }

    [Fact]
    public async Task ASignOutWithoutBeingSignedInRevokesNothing()
    {
        await using var server = Server();
        using var client = server.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var cookie = await SignInAsync(client, MoceanFactory.AdminKey);

        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/teacher/signout");
        signOut.Headers.Add("Origin", Self);
        using var reply = await client.SendAsync(signOut);

        Assert.Equal("signed out\n", await reply.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, await PlayersAsync(client, cookie));
    }

    [Fact]
    public async Task SwitchingBackToAnOldKeyDoesNotReviveItsCookies()
    {
        string cookie;
        await using (var first = Server())
        {
            using var client = first.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
            cookie = await SignInAsync(client, MoceanFactory.AdminKey);
            Assert.Equal(HttpStatusCode.OK, await PlayersAsync(client, cookie));
        }

        await using (var other = Server(OtherKey))
        {
            using var client = other.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
            Assert.Equal(HttpStatusCode.Unauthorized, await PlayersAsync(client, cookie));
        }

        await using var back = Server();
        using var backClient = back.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        Assert.Equal(HttpStatusCode.Unauthorized, await PlayersAsync(backClient, cookie));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dataDir, "teacher-sessions")));
        }
    }

    private static async Task<string> SignInAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin") { Content = new FormUrlEncodedContent([new("key", key)]) };
        request.Headers.Add("Origin", Self);
        using var reply = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return Assert.Single(reply.Headers.GetValues("Set-Cookie")).Split(';')[0];
    }

    private static async Task<HttpStatusCode> PlayersAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/players");
        request.Headers.Add("Cookie", cookie);
        using var reply = await client.SendAsync(request);
        return reply.StatusCode;
    }
}

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Live;

/// <summary>The teacher's sign-in: the admin key posted once becomes a cookie the admin routes accept, with CSRF checks.</summary>
public sealed class TeacherCookieTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private const string Self = "http://localhost";
    private readonly HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private async Task<HttpResponseMessage> SignIn(string key, string? origin = Self)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin")
        {
            Content = new FormUrlEncodedContent([new("key", key)]),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request);
    }

    private async Task<string> CookieAsync()
    {
        using var reply = await SignIn(MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var setCookie = Assert.Single(reply.Headers.GetValues("Set-Cookie"));
        return setCookie.Split(';')[0];
    }

    private async Task<(HttpStatusCode Status, string Text)> Send(HttpMethod method, string url, string? cookie = null, string? origin = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        using var reply = await client.SendAsync(request);
        return (reply.StatusCode, (await reply.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task TheRightKeyGivesAShortLivedHttpOnlySameSiteStrictCookieThatIsNotTheKey()
    {
        using var reply = await SignIn(MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("signed in", (await reply.Content.ReadAsStringAsync()).Trim());
        var setCookie = Assert.Single(reply.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("mocean-teacher=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=14400", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(MoceanFactory.AdminKey, setCookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongKeyOrASignInFromAnotherSiteGetsNoCookie()
    {
        using var wrong = await SignIn("not-the-key");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal("that is not the admin key", (await wrong.Content.ReadAsStringAsync()).Trim());
        Assert.False(wrong.Headers.Contains("Set-Cookie"));

        using var foreign = await SignIn(MoceanFactory.AdminKey, origin: "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.False(foreign.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TheCookieOpensTheAdminRoutesAndTheSessionCheck()
    {
        var cookie = await CookieAsync();
        var (status, text) = await Send(HttpMethod.Get, "/admin/players", cookie);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.EndsWith("players (ocean,name,joined,last seen)", text.Split('\n')[0], StringComparison.Ordinal);

        Assert.Equal((HttpStatusCode.OK, "signed in"), await Send(HttpMethod.Get, "/teacher/session", cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, "/teacher/session")).Status);

        var cleared = await Send(HttpMethod.Post, "/admin/steps/clear", cookie, origin: Self);
        Assert.Equal((HttpStatusCode.OK, "cleared: all Steps progress, Duck games and the Duck leaderboard"), cleared);
    }

    [Fact]
    public async Task ACookiePostFromAnotherSiteOrWithoutAnOriginIsRefused()
    {
        var cookie = await CookieAsync();
        var foreign = await Send(HttpMethod.Post, "/admin/steps/clear", cookie, origin: "http://evil.example");
        Assert.Equal((HttpStatusCode.Forbidden, "signed-in changes must come from this server's own pages (cross-site request refused)"), foreign);
        var bare = await Send(HttpMethod.Post, "/admin/steps/clear", cookie);
        Assert.Equal(HttpStatusCode.Forbidden, bare.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Post, "/admin/steps/clear", cookie, origin: "http://localhost:8081")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Post, "/admin/steps/clear", cookie, origin: "null")).Status);
    }

    [Fact]
    public async Task ACookiePostFromThisHostThroughAProxyThatEndsTlsIsAccepted()
    {
        var cookie = await CookieAsync();
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Post, "/admin/steps/clear", cookie, origin: "https://localhost")).Status);
    }

    [Fact]
    public async Task TheHeaderStillWorksAndMissingWrongOrForgedCredentialsStayRefused()
    {
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Post, "/admin/steps/clear", key: MoceanFactory.AdminKey)).Status);
        Assert.Equal(
            (HttpStatusCode.Unauthorized, "this is an admin route: send the admin key in the header X-Admin-Key"),
            await Send(HttpMethod.Get, "/admin/players"));
        Assert.Equal((HttpStatusCode.Forbidden, "the admin key in X-Admin-Key is wrong"), await Send(HttpMethod.Get, "/admin/players", key: "nope"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, "/admin/players", cookie: "mocean-teacher=CfDJ8forged")).Status);

        var cookie = await CookieAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Get, "/admin/players", cookie, key: "nope")).Status);
    }

    [Fact]
    public async Task SigningOutClearsTheCookie()
    {
        var cookie = await CookieAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/teacher/signout");
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("Origin", Self);
        using var reply = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var setCookie = Assert.Single(reply.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("mocean-teacher=;", setCookie, StringComparison.Ordinal);
    }
}

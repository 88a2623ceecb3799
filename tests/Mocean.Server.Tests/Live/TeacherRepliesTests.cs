using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Live;

/// <summary>The teacher's replies are for this server's own pages: no CORS for other sites; behind a TLS proxy the cookie is Secure.</summary>
public sealed class TeacherRepliesTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    [Theory]
    [InlineData("GET", "/admin/players")]
    [InlineData("GET", "/admin/chatlog")]
    [InlineData("POST", "/teacher/signin")]
    [InlineData("OPTIONS", "/admin/players")]
    public async Task AdminRepliesLetNoOtherSiteReadThem(string method, string path)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        request.Headers.Add("Origin", "http://evil.example");

        using var reply = await client.SendAsync(request);

        Assert.False(reply.Headers.Contains("Access-Control-Allow-Origin"), $"{method} {path} answered {reply.StatusCode} with CORS");
        using var data = await client.GetAsync("/tabledap/allDatasets.json");
        Assert.Equal("*", data.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task BehindATrustedTlsProxyTheTeachersCookieIsSecure()
    {
        await using var server = await ServerProcess.StartAsync(extraArgs: ["--trusted-proxies", "127.0.0.1"]);
        using var client = new HttpClient();

        async Task<string> CookieAsync(string? proto)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl + "/teacher/signin")
            {
                Content = new FormUrlEncodedContent([new("key", MoceanFactory.AdminKey)]),
            };
            request.Headers.Add("Origin", server.BaseUrl);
            if (proto is not null)
            {
                request.Headers.Add("X-Forwarded-Proto", proto);
                request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            }

            using var reply = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            return Assert.Single(reply.Headers.GetValues("Set-Cookie"));
        }

        Assert.Contains("; secure", await CookieAsync("https"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", await CookieAsync(null), StringComparison.OrdinalIgnoreCase);
    }
}

using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>Requests a second per client address: 429 with Retry-After and one line over the limit; 0 turns it off.</summary>
public sealed class RateLimitTests
{
    private static async Task<List<HttpResponseMessage>> Burst(HttpClient client, string url, int count, Dictionary<string, string>? headers = null)
    {
        var replies = new List<HttpResponseMessage>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            foreach (var (name, value) in headers ?? [])
            {
                request.Headers.Add(name, value);
            }

            replies.Add(await client.SendAsync(request));
        }

        return replies;
    }

    [Fact]
    public async Task OverTheLimitTheServerAnswers429WithRetryAfterAndOneLine()
    {
        await using var factory = new MoceanFactory();
        factory.Settings["RateLimit"] = "2";
        var client = factory.CreateClient();

        var replies = await Burst(client, "/hello", 30);

        Assert.All(replies.Take(4), reply => Assert.Equal(HttpStatusCode.OK, reply.StatusCode));
        var refused = replies.First(reply => reply.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
        Assert.Equal("too many requests from your address: this server answers 2 a second per address; wait 1 second and try again\n",
            await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OverTheLimitInJsonModeTheRefusalIsAnErrorObject()
    {
        await using var factory = new MoceanFactory();
        factory.Settings["RateLimit"] = "2";
        var client = factory.CreateClient();

        var replies = await Burst(client, "/hello?format=json", 30);

        var refused = replies.First(reply => reply.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
        Assert.Equal("application/json; charset=utf-8", refused.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"error":"too many requests from your address: this server answers 2 a second per address; wait 1 second and try again"}""",
            await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RateLimitZeroTurnsLimitingOff()
    {
        await using var factory = new MoceanFactory();
        var client = factory.CreateClient();

        var replies = await Burst(client, "/hello", 500);

        Assert.All(replies, reply => Assert.Equal(HttpStatusCode.OK, reply.StatusCode));
    }

    [Fact]
    public async Task BehindATrustedProxyEachForwardedClientHasItsOwnLimit()
    {
        await using var server = await ServerProcess.StartAsync(extraArgs: ["--rate-limit", "1", "--trusted-proxies", "127.0.0.1"]);
        using var client = new HttpClient();

        var first = await Burst(client, server.BaseUrl + "/hello", 20, new() { ["X-Forwarded-For"] = "203.0.113.7" });
        var second = await Burst(client, server.BaseUrl + "/hello", 1, new() { ["X-Forwarded-For"] = "203.0.113.8" });

        Assert.Contains(first, reply => reply.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, second[0].StatusCode);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUntrustedAddressAreIgnored()
    {
        await using var server = await ServerProcess.StartAsync(extraArgs: ["--rate-limit", "1"]);
        using var client = new HttpClient();

        // A client cannot escape its limit by claiming to be someone else.
        var replies = new List<HttpResponseMessage>();
        for (var i = 0; i < 20; i++)
        {
            replies.AddRange(await Burst(client, server.BaseUrl + "/hello", 1, new() { ["X-Forwarded-For"] = $"203.0.113.{i + 1}" }));
        }

        Assert.Contains(replies, reply => reply.StatusCode == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task AnIPv6NetworkOfOneHostCountsAsOneAddress()
    {
        await using var server = await ServerProcess.StartAsync(extraArgs: ["--rate-limit", "1", "--trusted-proxies", "127.0.0.1"]);
        using var client = new HttpClient();

        // One host may speak from any address of its /64: twenty of them still share one limit; another network has its own.
        var replies = new List<HttpResponseMessage>();
        for (var i = 1; i <= 20; i++)
        {
            replies.AddRange(await Burst(client, server.BaseUrl + "/hello", 1, new() { ["X-Forwarded-For"] = $"2001:db8:0:1::{i:x}" }));
        }

        var other = await Burst(client, server.BaseUrl + "/hello", 1, new() { ["X-Forwarded-For"] = "2001:db8:0:2::1" });

        Assert.Contains(replies, reply => reply.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, other[0].StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::")]
    [InlineData("::1", "::")]
    public void TheBoundsCountIPv4ByAddressAndIPv6ByNetwork(string address, string key) =>
        Assert.Equal(IPAddress.Parse(key), Mocean.Server.Hosting.ClientAddress.Key(IPAddress.Parse(address)));
}

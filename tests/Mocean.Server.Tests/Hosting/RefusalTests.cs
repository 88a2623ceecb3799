using System.Net;
using Microsoft.Extensions.Logging;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>
/// Refusals the pipeline gives every route: each 4xx logged once at Information with its line, a wrong method
/// answered 405 with the method to use (HEAD like GET: HeadTests), and JSON errors for <c>format=json</c>.
/// </summary>
public sealed class RefusalTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private const string RequestLog = "Mocean.Server.Hosting.RequestLog";

    private readonly HttpClient client = factory.CreateClient();

    private IEnumerable<string> LogLinesAbout(string path) =>
        factory.Logs.Lines.Where(l => l.Level == LogLevel.Information && l.Message.Contains(path, StringComparison.Ordinal)).Select(l => l.Message);

    [Theory]
    [InlineData("/exchange?task=abc", "/exchange")]
    [InlineData("/join?name=%3C%3E", "/join")]
    [InlineData("/steps?message=a&message=b", "/steps")]
    [InlineData("/location?id=ZZZZZZZZ", "/location")]
    public async Task AMalformedRequestIsLoggedAtInformationWithItsLine(string target, string path)
    {
        var reply = await client.GetAsync(target);
        var line = (await reply.Content.ReadAsStringAsync()).Trim();

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Contains(factory.Logs.Lines, l => l.Category == RequestLog && l.Level == LogLevel.Information
            && l.Message == $"Refused GET {path} 400: {line}");
    }

    [Fact]
    public async Task ARefusalInJsonModeIsLoggedAsItsPlainLine()
    {
        var text = (await (await client.GetAsync("/location?id=YYYYYYYY")).Content.ReadAsStringAsync()).Trim();

        var json = await client.GetAsync("/location?id=YYYYYYYY&format=json");

        Assert.Equal($$"""{"error":"{{text}}"}""", await json.Content.ReadAsStringAsync());
        Assert.Equal(2, factory.Logs.Lines.Count(l => l.Message == $"Refused GET /location 400: {text}"));
    }

    [Fact]
    public async Task AnUnknownRouteIsLoggedOnceOnly()
    {
        var reply = await client.GetAsync("/wp-login.php");

        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal(["Unknown route GET /wp-login.php"], LogLinesAbout("/wp-login.php"));
    }

    [Theory]
    [InlineData("GET", "/admin/pause", "POST", "/admin/pause takes POST, not GET: with curl, add -X POST")]
    [InlineData("GET", "/admin/keys/class-7b", "DELETE", "/admin/keys/class-7b takes DELETE, not GET: with curl, add -X DELETE")]
    [InlineData("PUT", "/admin/ocean", "POST", "/admin/ocean takes POST, not PUT: with curl, add -X POST")]
    [InlineData("POST", "/hello", "GET, HEAD", "/hello takes GET, not POST: send GET with the parameters in the query string (as a browser's address bar does)")]
    [InlineData("DELETE", "/steps", "GET, HEAD", "/steps takes GET, not DELETE: send GET with the parameters in the query string (as a browser's address bar does)")]
    public async Task AWrongMethodGets405WithAllowAndTheMethodToUse(string method, string path, string allow, string line)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        var reply = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.StatusCode);
        Assert.Equal(allow, string.Join(", ", reply.Content.Headers.Allow));
        Assert.Equal(line, await reply.Content.ReadAsStringAsync());
        Assert.Contains($"Refused {method} {path} 405: {line}", LogLinesAbout(path));
    }

    [Fact]
    public async Task AWrongMethodInJsonModeIsAnErrorObject()
    {
        var reply = await client.GetAsync("/admin/pause?format=json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.StatusCode);
        Assert.Equal("application/json; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"error":"/admin/pause takes POST, not GET: with curl, add -X POST"}""", await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnyMethodOnAPathNoRouteHasIsA404()
    {
        var reply = await client.PostAsync("/no-such-route", null);

        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal("there is no route /no-such-route here; GET / lists what runs on this server", await reply.Content.ReadAsStringAsync());
        Assert.Equal(["Unknown route POST /no-such-route"], LogLinesAbout("/no-such-route"));
    }

    [Fact]
    public async Task HeadOnAPostRouteIsA405AndOnNoRouteA404()
    {
        using var pause = new HttpRequestMessage(HttpMethod.Head, "/admin/pause");
        using var nothing = new HttpRequestMessage(HttpMethod.Head, "/no-route-for-head");

        var wrong = await client.SendAsync(pause);
        var missing = await client.SendAsync(nothing);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong.StatusCode);
        Assert.Equal("POST", string.Join(", ", wrong.Content.Headers.Allow));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(["Unknown route HEAD /no-route-for-head"], LogLinesAbout("/no-route-for-head"));
    }

    [Fact]
    public async Task EveryMethodOnEveryRouteGetsAnAnswerBelow500()
    {
        var doc = await client.GetStringAsync("/openapi/v1.json");
        var paths = System.Text.Json.JsonDocument.Parse(doc).RootElement.GetProperty("paths").EnumerateObject()
            .Select(p => p.Name.Replace("{", "x", StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal)).ToList();
        Assert.Contains("/hello", paths);

        // The live stream answers GET with a stream that runs until the client leaves.
        foreach (var path in paths.Where(p => !p.EndsWith("/stream", StringComparison.Ordinal)))
        {
            foreach (var method in new[] { "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "BREW" })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path + "?format=json");
                var reply = await client.SendAsync(request);
                Assert.True((int)reply.StatusCode < 500, $"{method} {path}: {(int)reply.StatusCode}");
                if ((int)reply.StatusCode is 404 or 405 && method != "HEAD")
                {
                    Assert.StartsWith("{\"error\":", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                }
            }
        }
    }
}

using System.Net;
using Microsoft.Extensions.Logging;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>Refusals the pipeline gives every route: each 4xx logged once at Information with its line.</summary>
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
}

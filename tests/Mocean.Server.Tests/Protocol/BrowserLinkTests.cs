using System.Net;
using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Protocol;

/// <summary>The <c>client=browser</c> page links the server's own URLs, whole, and never text a user sent.</summary>
public sealed partial class BrowserLinkTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static List<string> Links(string page) =>
        [.. Href().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [Theory]
    [InlineData("/steps?message=http://evil.example/x%22onmouseover=alert(1)&client=browser")]
    [InlineData("/problem?solution=http://evil.example/x&client=browser")]
    [InlineData("/exchange?task=http://evil.example/x&client=browser")]
    [InlineData("/http://evil.example/x?client=browser")]
    [InlineData("/steps?message=see%20https://evil.example/x.&client=browser")]
    public async Task AnOutsideAddressAStudentSendsIsNeverALink(string url)
    {
        var page = await (await client.GetAsync(url)).Content.ReadAsStringAsync();

        Assert.Contains("evil.example/x", page, StringComparison.Ordinal);
        Assert.All(Links(page), link => Assert.StartsWith("http://localhost/", link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheStepsPageEchoesTheMessageAsTextAndLinksOnlyItsOwnHint()
    {
        var page = await client.GetStringAsync("/steps?message=http://evil.example/x%22onmouseover=alert(1)&client=browser");

        Assert.Contains("welcome! You sent a message: http://evil.example/x&quot;onmouseover=alert(1)\n", page, StringComparison.Ordinal);
        Assert.Equal(["http://localhost/steps?client=browser&message=passport"], Links(page));
    }

    [Theory]
    [InlineData("/steps?message=http://localhost/steps?message=passport&client=browser")]
    [InlineData("/steps?message=Http://LOCALHOST/admin&client=browser")]
    [InlineData("/problem?solution=x%20http://localhost/duck&client=browser")]
    public async Task EvenTheServersOwnAddressIsNotLinkedWhenAStudentSentIt(string url)
    {
        var page = await client.GetStringAsync(url);

        Assert.Empty(Links(page));
    }

    [Fact]
    public async Task AChatLineIsNeverALink()
    {
        var (ann, bob) = (OceanKit.Unique("Ann"), OceanKit.Unique("Bob"));
        var annId = await client.GetStringAsync($"/join?name={ann}");
        var bobId = await client.GetStringAsync($"/join?name={bob}");
        await client.GetStringAsync($"/sendchat?id={annId}&name={bob}&message={Uri.EscapeDataString("click http://localhost/steps?message=passport")}");

        var page = await client.GetStringAsync($"/popchat?id={bobId}&client=browser");

        Assert.Contains("click http://localhost/steps?message=passport", page, StringComparison.Ordinal);
        Assert.Empty(Links(page));
    }

    [Fact]
    public async Task EveryLinkOfTheHomePageCarriesItsWholeUrlAndAnswers()
    {
        var page = await client.GetStringAsync("/?client=browser");
        var links = Links(page);

        Assert.Contains("http://localhost/erddap/tabledap/osb_ctd_jan2022.csvp?time,depth,temperature&time%3E=2022-01-05T00:00:00Z&time%3C2022-01-05T01:00:00Z", links);
        Assert.Contains("http://localhost/steps?message=What%20is%20your%20favorite%20color?", links);
        Assert.True(links.Count >= 10, string.Join('\n', links));
        foreach (var link in links.Where(l => !l.EndsWith("/ocean/live", StringComparison.Ordinal)))
        {
            var reply = await client.GetAsync(link);
            Assert.True(reply.StatusCode == HttpStatusCode.OK, $"{link}: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task AUrlAtTheEndOfASentenceIsLinkedWithoutTheFullStop()
    {
        var page = await client.GetStringAsync("/steps/progress?client=browser");

        Assert.All(Links(page), link => Assert.False(link.EndsWith('.'), link));
        Assert.Contains("http://localhost/steps?message=hello&name=ada", Links(page));
    }

    [GeneratedRegex("<a href=\"([^\"]*)\">")]
    private static partial Regex Href();
}

/// <summary>The home page's quick starts, in each of its forms.</summary>
public sealed class HomeQuickStartTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?client=browser")]
    [InlineData("/?format=json")]
    public async Task TheHomePageShowsThePythonAndCSharpQuickStartsInEveryForm(string url)
    {
        var body = await factory.CreateClient().GetStringAsync(url);
        if (url.Contains("json", StringComparison.Ordinal))
        {
            body = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("reply").GetString()!;
        }

        body = WebUtility.HtmlDecode(Regex.Replace(body, "<[^>]*>", string.Empty));
        Assert.Contains("Try it from Python:\n  import requests\n  print(requests.get('http://localhost/steps?message=What is your favorite color?').content.decode('utf-8'))", body, StringComparison.Ordinal);
        Assert.Contains("""
            Try it from C#, with the Mocean.Client package (built from src/Mocean.Client):
              using Mocean.Client;

              using var mocean = new MoceanClient("http://localhost");
              var reply = await mocean.Steps.StepsAsync("What is your favorite color?");
              Console.WriteLine($"{reply.Text}  ({reply.Elapsed.TotalMilliseconds:0.0} ms)");
            """, body, StringComparison.Ordinal);
    }
}

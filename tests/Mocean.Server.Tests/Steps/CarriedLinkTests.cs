using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>A Steps reply's own links keep the player's name and reply mode (and nothing else the request carried).</summary>
public sealed partial class CarriedLinkTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task AStudentWhoOnlyClicksTheLinksOfTheBrowserPagesIsCountedInProgress()
    {
        var name = "clicker" + Guid.NewGuid().ToString("N")[..6];
        string? link = $"http://localhost/steps?name={name}&client=browser";
        var routes = new List<string>();
        var page = string.Empty;
        while (link is not null && routes.Count < 20)
        {
            var route = new Uri(link).AbsolutePath.Trim('/');
            var (key, answer) = StepsKit.Chain[route];
            page = await client.GetStringAsync(key is null ? link : StepsKit.With(link, key, answer!));
            routes.Add(route);
            link = NextLink().Match(page) is { Success: true } next ? WebUtility.HtmlDecode(next.Groups[1].Value) : null;
            Assert.True(link is null || link.EndsWith($"?name={name}&client=browser", StringComparison.Ordinal), link);
        }

        Assert.Equal(StepsKit.Chain.Keys, routes);
        Assert.Contains($"<a href=\"http://localhost/steps/progress?name={name}&amp;client=browser\">", page, StringComparison.Ordinal);
        var progress = await client.GetStringAsync("/steps/progress");
        Assert.Contains($"{name}: 9 of 9 solved, furthest meruprastarah, complete", progress, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/steps?message=hello&name=ada&client=browser&color=red", "http://localhost/steps?name=ada&amp;client=browser&amp;message=passport")]
    [InlineData("/problem?client=browser", "http://localhost/problem?client=browser&amp;solution=NUMBER")]
    public async Task AHintsLinkKeepsTheNameAndTheModeWithTheAnswerLast(string url, string link)
    {
        var page = await client.GetStringAsync(url);

        Assert.Contains($"<a href=\"{link}\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("color", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLinksKeepFormatJsonAndThePlainTextLinksStayPlain()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/steps?message=passport&name=ada&format=json&color=red"));
        Assert.Equal("http://localhost/puzzle?name=ada&format=json", json.RootElement.GetProperty("nextUrl").GetString());

        var text = await client.GetStringAsync("/steps?message=passport&name=ada&color=red");
        Assert.Equal("http://localhost/puzzle?name=ada", StepsKit.NextUrl(text));
        text = await client.GetStringAsync("/steps?message=passport");
        Assert.Equal("http://localhost/puzzle", StepsKit.NextUrl(text));
    }

    [GeneratedRegex("Next: <a href=\"([^\"]*)\">")]
    private static partial Regex NextLink();
}

using Microsoft.Playwright;
using Mocean.Browser.Tests.Infrastructure;

namespace Mocean.Browser.Tests;

/// <summary>The API page (<c>/api-docs</c>) in a real browser: every route is there, and nothing on it leads off the server.</summary>
public sealed class ApiDocsPageTests(LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task TheApiPageAsksNothingOfOtherSitesAndShowsNoButtonOrLinkLeadingOffTheServer()
    {
        var server = new Uri(site.Server.BaseUrl);
        var elsewhere = new List<string>();
        await using var viewer = await site.OpenAsync("about:blank");
        viewer.Context.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Authority != server.Authority)
            {
                lock (elsewhere)
                {
                    elsewhere.Add(request.Url);
                }
            }
        };
        var page = viewer.Page;
        await page.GotoAsync("/api-docs");
        await page.GetByText("/steps/progress").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await viewer.ScreenshotAsync("30-api-docs");

        foreach (var words in new[] { "Ask AI", "Deploy", "Generate SDK", "Generate MCP", "Powered by Scalar" })
        {
            Assert.False(await page.GetByText(words).First.IsVisibleAsync(), $"'{words}' is on the page");
        }

        var links = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href]')].filter(a => a.offsetParent !== null).map(a => a.href)");
        Assert.All(links, link => Assert.True(
            !Uri.TryCreate(link, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Authority == server.Authority,
            $"a visible link leads to {link}"));
        lock (elsewhere)
        {
            Assert.Empty(elsewhere);
        }
    }
}

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Mocean.OceanHosting;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Browser.Tests.Infrastructure;

/// <summary>
/// The real server listening on a port of 127.0.0.1 (Kestrel, in this process) with its own clock held by the test
/// (<see cref="Clock"/>: a round's waits pass when the test moves it), and one headless Debian Chromium.
/// </summary>
public sealed class ClockedSite : IAsyncLifetime
{
    private readonly MoceanFactory factory = new();
    private WebApplicationFactory<Program>? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero));

    public string BaseUrl { get; private set; } = "";

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        int port;
        using (var free = SiloPortReservation.Take(new HashSet<int>(), Random.Shared, SiloPortReservation.OthersFrom, int.MaxValue))
        {
            port = free.Port;
        }

        BaseUrl = $"http://127.0.0.1:{port}";
        factory.Settings["urls"] = BaseUrl;
        server = factory.WithClock(Clock);
        server.UseKestrel();
        server.StartServer();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            Timeout = 120_000,
        });
    }

    /// <summary>A new browser context (its own cookies) with one page at <paramref name="path"/>.</summary>
    public async Task<Viewer> OpenAsync(string path, int width = 1400, int height = 900)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var viewer = new Viewer(context, await context.NewPageAsync());
        await viewer.Page.GotoAsync(path);
        return viewer;
    }

    /// <summary>A game request as a student's program sends it; the reply text, trimmed (a 4xx fails the test).</summary>
    public async Task<string> PlayAsync(string pathAndQuery)
    {
        using var reply = await Http.GetAsync(new Uri(pathAndQuery, UriKind.Relative));
        var text = (await reply.Content.ReadAsStringAsync()).Trim();
        Assert.True(reply.IsSuccessStatusCode, $"{pathAndQuery} answered {(int)reply.StatusCode}: {text}");
        return text;
    }

    /// <summary>An admin action with the key in its header, as a teacher's script sends it.</summary>
    public async Task<string> AdminAsync(string pathAndQuery, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using var reply = await Http.SendAsync(request);
        var text = (await reply.Content.ReadAsStringAsync()).Trim();
        Assert.True(reply.IsSuccessStatusCode, $"{pathAndQuery} answered {(int)reply.StatusCode}: {text}");
        return text;
    }

    /// <summary>
    /// Saves the page among the test's screenshots, and as docs/NAME.png of the repository when the environment asks for
    /// it (<c>MOCEAN_DOCS_SCREENSHOTS=1 ./test.sh</c>): a plain test run leaves the checkout as it found it.
    /// </summary>
    public static async Task DocsScreenshotAsync(IPage page, string name)
    {
        var shot = Path.Combine(LiveSite.Artefacts, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        if (Environment.GetEnvironmentVariable("MOCEAN_DOCS_SCREENSHOTS") != "1")
        {
            return;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mocean.slnx")))
            {
                File.Copy(shot, Path.Combine(dir.FullName, "docs", name + ".png"), overwrite: true);
                return;
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        Http?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        await factory.DisposeAsync();
    }
}

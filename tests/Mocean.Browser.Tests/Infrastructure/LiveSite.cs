using Microsoft.Playwright;
using Mocean.OceanHosting;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Browser.Tests.Infrastructure;

/// <summary>
/// One real server process and one headless Debian Chromium for a test class. Pages opened here record
/// console errors; screenshots go to <see cref="Artefacts"/> (the test output's <c>screenshots</c> folder).
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>How long a page may take for anything, in milliseconds (a bound for a hang).</summary>
    private const float Patience = 60_000;

    private IPlaywright? playwright;
    private IBrowser? browser;

    public ServerProcess Server { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public static string Artefacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        // A port below the kernel's ephemeral range, above the silos' draws: RestartAsync takes it again, and one the
        // kernel handed out could meanwhile become some other program's outgoing connection.
        int port;
        using (var free = SiloPortReservation.Take(new HashSet<int>(), Random.Shared, SiloPortReservation.OthersFrom, int.MaxValue))
        {
            port = free.Port;
        }

        Server = await ServerProcess.StartAsync(port: port);
        Http = new HttpClient { BaseAddress = new Uri(Server.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 2 * Patience,
        });
    }

    /// <summary>
    /// A new browser context (its own cookies) with one page at <paramref name="path"/>, in a window of
    /// <paramref name="width"/> × <paramref name="height"/> and, when given, the IANA <paramref name="timezone"/>.
    /// </summary>
    public async Task<Viewer> OpenAsync(string path, int width = 1400, int height = 900, string? timezone = null)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = timezone,
        });

        // Every wait of a page (for a selector, a function, a navigation) is bounded by a minute, not Playwright's
        // 30 s: the bound is for a hang, and a loaded machine may draw the map slowly.
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        var viewer = new Viewer(context, await context.NewPageAsync());
        await viewer.Page.GotoAsync(path);
        return viewer;
    }

    /// <summary>
    /// Like <see cref="OpenAsync"/>, with a script in the page before its own that notes, in <c>window.firstFrame</c>,
    /// the first frame that draws anything on the map and which share of the canvas is bright there (the sea floor).
    /// </summary>
    public async Task<Viewer> OpenWatchingFramesAsync(string path, int width, int height)
    {
        var viewer = await OpenAsync("about:blank", width, height);
        await viewer.Page.AddInitScriptAsync(MapScripts.FirstFrame);
        await viewer.Page.GotoAsync(path);
        return viewer;
    }

    /// <summary>Stops the server (SIGTERM) and starts it again on the same port with the same data directory.</summary>
    public async Task RestartAsync()
    {
        var (port, dir) = (Server.Port, Server.DataDir);
        await Server.StopAsync();
        await Server.DisposeAsync();
        Server = await ServerProcess.StartAsync(dir, port: port);
    }

    /// <summary>A game request as a student's program sends it; the reply text, trimmed.</summary>
    public async Task<string> PlayAsync(string pathAndQuery)
    {
        using var reply = await Http.GetAsync(new Uri(pathAndQuery, UriKind.Relative));
        var text = (await reply.Content.ReadAsStringAsync()).Trim();
        Assert.True(reply.IsSuccessStatusCode, $"{pathAndQuery} answered {(int)reply.StatusCode}: {text}");
        return text;
    }

    /// <summary>An admin action with the key in its header, as a teacher's script sends it.</summary>
    public async Task<string> AdminAsync(string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using var reply = await Http.SendAsync(request);
        var text = (await reply.Content.ReadAsStringAsync()).Trim();
        Assert.True(reply.IsSuccessStatusCode, $"{pathAndQuery} answered {(int)reply.StatusCode}: {text}");
        return text;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        Http.Dispose();
        var dir = Server.DataDir;
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

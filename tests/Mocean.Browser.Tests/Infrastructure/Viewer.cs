using Microsoft.Playwright;

namespace Mocean.Browser.Tests.Infrastructure;

/// <summary>One browser tab (with its own cookies) and what it logged as errors.</summary>
public sealed class Viewer : IAsyncDisposable
{
    private readonly List<string> errors = [];
    private readonly List<string> refused = [];

    public Viewer(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (refused)
                {
                    refused.Add($"{response.Status} {response.Request.Method} {response.Url}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    /// <summary>Every reply of 400 or more the page received, with its method and address (to say which, when errors differ).</summary>
    public IReadOnlyList<string> Refusals
    {
        get
        {
            lock (refused)
            {
                return [.. refused];
            }
        }
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveSite.Artefacts, name + ".png") });

    /// <summary>Waits until the live map has had its floor drawn and a message from the stream.</summary>
    public async Task WaitForMapAsync()
    {
        await Page.WaitForSelectorAsync("body[data-floor='drawn'][data-connected='true']");
    }

    /// <summary>Waits until the map has drawn a few more frames, so the canvas shows the latest state.</summary>
    public async Task WaitForFramesAsync()
    {
        var now = await Page.EvaluateAsync<int>(MapScripts.Frames);
        await Page.WaitForFunctionAsync("n => window.moceanLive.state.frames > n + 2", now);
    }

    /// <summary>Pixels of the player's own colour within 15 pixels of where the map draws it (-1: not on the map).</summary>
    public Task<int> MarkerPixelsAsync(string name) => Page.EvaluateAsync<int>(MapScripts.MarkerPixels, name);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

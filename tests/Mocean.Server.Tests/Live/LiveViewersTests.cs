using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Live;

/// <summary>
/// One address may keep at most <c>--live-per-address</c> live maps open: one more is a 429 with Retry-After (the
/// page's EventSource tries again by itself), and a map closed makes room for another.
/// </summary>
public sealed class LiveViewersTests
{
    [Fact]
    public async Task AnAddressWithItsShareOfLiveMapsOpenMustCloseOneBeforeOpeningAnother()
    {
        await using var server = new MoceanFactory { Settings = { ["LivePerAddress"] = "2" } };
        using var client = server.CreateClient();
        await using var first = await LiveFeed.OpenAsync(client, "/ocean/live/stream");
        await first.NextAsync(_ => true);
        await using (var second = await LiveFeed.OpenAsync(client, "/ocean/live/stream"))
        {
            await second.NextAsync(_ => true);

            using var refused = await client.GetAsync("/ocean/live/stream", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("5", refused.Headers.RetryAfter?.ToString());
            Assert.Equal("your address already has 2 live maps open; close one and the page connects again by itself",
                (await refused.Content.ReadAsStringAsync()).Trim());
            await first.NextAsync(_ => true); // the open ones go on
        }

        // The second map closed: the server lets its stream go, and another opens (within the feed's own time-out).
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var again = await client.GetAsync("/ocean/live/stream", HttpCompletionOption.ResponseHeadersRead, wait.Token);
            if (again.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
            await Task.Delay(50, wait.Token);
        }
    }
}

using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Mocean.Server.Hosting;

namespace Mocean.Server.Live;

/// <summary>
/// How many live streams each client address has open, so one script cannot open thousands of streams (each one
/// reads its ocean and writes every player about seven times a second): at most <c>--live-per-address</c> at once
/// (a school's one public address is a whole class's, so the default is a class's worth of screens); one more is
/// refused with 429 and Retry-After until one closes.
/// </summary>
public sealed class LiveViewers(IOptions<AddressBoundsOptions> options)
{
    private readonly AddressCounts open = new();

    /// <summary>A stream for the request's address (dispose it when the stream ends), or null with the refusal's line.</summary>
    public IDisposable? TryOpen(HttpContext context, out string refusal)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = ClientAddress.Of(context);
        var most = options.Value.LivePerAddress;
        if (!open.TryEnter(address, most))
        {
            refusal = string.Create(CultureInfo.InvariantCulture,
                $"your address already has {most} live maps open; close one and the page connects again by itself");
            return null;
        }

        refusal = "";
        return new Viewer(open, address);
    }

    private sealed class Viewer(AddressCounts open, IPAddress address) : IDisposable
    {
        private int closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref closed, 1) == 0)
            {
                open.Leave(address);
            }
        }
    }
}

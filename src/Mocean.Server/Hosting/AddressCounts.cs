using System.Collections.Concurrent;
using System.Net;

namespace Mocean.Server.Hosting;

/// <summary>
/// How many of something (charts in the making, live streams open) each client address holds now, for the bounds
/// per address: <see cref="TryEnter"/> counts one in unless that would pass the bound, <see cref="Leave"/> counts it
/// out. An address that holds none is forgotten, so the table is as large as the addresses holding something.
/// </summary>
public sealed class AddressCounts
{
    private readonly ConcurrentDictionary<IPAddress, int> counts = new();

    /// <summary>Counts one more for <paramref name="address"/>, or nothing and false when it already holds <paramref name="most"/>.</summary>
    public bool TryEnter(IPAddress address, int most)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (counts.AddOrUpdate(address, 1, (_, n) => n + 1) <= most)
        {
            return true;
        }

        Leave(address);
        return false;
    }

    public void Leave(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (counts.AddOrUpdate(address, 0, (_, n) => n - 1) <= 0)
        {
            counts.TryRemove(new KeyValuePair<IPAddress, int>(address, 0));
        }
    }
}

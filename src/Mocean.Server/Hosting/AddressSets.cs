using System.Collections.Concurrent;
using System.Net;

namespace Mocean.Server.Hosting;

/// <summary>
/// A set of strings per client address (the players an address joined, the Steps names it brought), for the bounds
/// per address. At most <see cref="MaxAddresses"/> addresses are remembered; past that the table starts afresh (each
/// bound then counts from zero again, and stays bounded by its own limits).
/// </summary>
public sealed class AddressSets
{
    public const int MaxAddresses = 100_000;

    private readonly ConcurrentDictionary<IPAddress, ConcurrentDictionary<string, byte>> sets = new();

    /// <summary>The set of the request's address (of <see cref="IPAddress.None"/> when the connection has none).</summary>
    public ConcurrentDictionary<string, byte> Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (sets.Count >= MaxAddresses)
        {
            sets.Clear();
        }

        return sets.GetOrAdd(ClientAddress.Of(context), _ => new(StringComparer.Ordinal));
    }
}

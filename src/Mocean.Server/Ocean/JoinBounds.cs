using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Mocean.Server.Hosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// How many players may play: at most <c>--players-per-ocean</c> in one ocean (a 409 says it is full), and at most
/// <c>--players-per-address</c> joined from one client address and still playing (a 429 says to quit one first), so
/// one script cannot fill an ocean (and the server's memory, and every write of the ocean) with thousands of
/// players. A player who quits or is removed for idling no longer counts.
/// </summary>
public sealed class JoinBounds(IOptions<MoceanOptions> options)
{
    /// <summary>Addresses remembered; past it, the oldest counts are forgotten (each still bounded by the ocean's).</summary>
    public const int MaxAddresses = 100_000;

    private readonly ConcurrentDictionary<IPAddress, ConcurrentDictionary<string, byte>> joined = new();

    /// <summary>Throws the refusal when the ocean is full or the address has joined its share of players still playing.</summary>
    public async Task CheckAsync(HttpContext context, string ocean, int playersNow, Func<string, Task<bool>> stillPlays)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stillPlays);
        var perOcean = options.Value.PlayersPerOcean;
        if (playersNow >= perOcean)
        {
            throw new ProtocolException(StatusCodes.Status409Conflict, string.Create(CultureInfo.InvariantCulture,
                $"the ocean {ocean} is full: it takes {perOcean} players; ask your teacher for another ocean"));
        }

        var perAddress = options.Value.PlayersPerAddress;
        var ids = Of(context);
        if (ids.Count < perAddress)
        {
            return;
        }

        foreach (var id in ids.Keys)
        {
            if (!await stillPlays(id).ConfigureAwait(false))
            {
                ids.TryRemove(id, out _);
            }
        }

        if (ids.Count >= perAddress)
        {
            throw new ProtocolException(StatusCodes.Status429TooManyRequests, string.Create(CultureInfo.InvariantCulture,
                $"your address already has {perAddress} players in the game; quit one (quit?id=ID) before joining another"));
        }
    }

    /// <summary>Counts a player who joined from the request's address.</summary>
    public void Joined(HttpContext context, string id) => Of(context)[id] = 0;

    /// <summary>Stops counting a player who quit.</summary>
    public void Left(HttpContext context, string id) => Of(context).TryRemove(id, out _);

    private ConcurrentDictionary<string, byte> Of(HttpContext context)
    {
        if (joined.Count >= MaxAddresses)
        {
            joined.Clear();
        }

        return joined.GetOrAdd(context.Connection.RemoteIpAddress ?? IPAddress.None, _ => new(StringComparer.Ordinal));
    }
}

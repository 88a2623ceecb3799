using System.Globalization;
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
    private readonly AddressSets joined = new();

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
        var ids = joined.Of(context);
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
    public void Joined(HttpContext context, string id) => joined.Of(context)[id] = 0;

    /// <summary>Stops counting a player who quit.</summary>
    public void Left(HttpContext context, string id) => joined.Of(context).TryRemove(id, out _);
}

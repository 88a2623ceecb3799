using System.Globalization;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Server.Hosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// How many players may play: at most <c>--players-per-ocean</c> in one ocean (a 409 says it is full), and at most
/// <c>--players-per-address</c> joined from one client address and still playing (a 429 says to quit one first), so
/// one script cannot fill an ocean (and the server's memory, and every write of the ocean) with thousands of
/// players. A player who quits or is removed for idling no longer counts. A join counts from the moment it passes the
/// check (its slot is held until it ends), so many joins sent at once from one address cannot all pass together; the
/// ocean's own count is checked again by the ocean as it takes the join, so joins sent at once cannot overfill it either.
/// </summary>
public sealed class JoinBounds(IOptions<OceanHostOptions> oceans, IOptions<AddressBoundsOptions> addresses)
{
    private readonly AddressSets joined = new();

    private const string Pending = "\0joining ";

    /// <summary>
    /// Throws the refusal when the ocean is full or the address has joined its share of players still playing; otherwise
    /// holds a slot for this join, which <see cref="Joined"/> fills and <see cref="Release"/> lets go (call it when the
    /// join ends, whatever happened).
    /// </summary>
    public async Task<string> ReserveAsync(HttpContext context, string ocean, int playersNow, Func<string, Task<bool>> stillPlays)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stillPlays);
        if (playersNow >= PerOcean)
        {
            throw Full(ocean);
        }

        var perAddress = addresses.Value.PlayersPerAddress;
        var ids = joined.Of(context);
        var slot = Pending + Guid.NewGuid().ToString("N");
        if (TryHold(ids, slot, perAddress))
        {
            return slot;
        }

        foreach (var id in ids.Keys.Where(id => !id.StartsWith(Pending, StringComparison.Ordinal)))
        {
            if (!await stillPlays(id).ConfigureAwait(false))
            {
                ids.TryRemove(id, out _);
            }
        }

        return TryHold(ids, slot, perAddress) ? slot : throw new ProtocolException(StatusCodes.Status429TooManyRequests, string.Create(CultureInfo.InvariantCulture,
            $"your address already has {perAddress} players in the game; quit one (quit?id=ID) before joining another"));
    }

    /// <summary>Players one ocean takes; the join carries it to the ocean, which refuses one beyond (<c>OceanError.Full</c>).</summary>
    public int PerOcean => oceans.Value.PlayersPerOcean;

    /// <summary>The refusal of a join to a full ocean.</summary>
    public ProtocolException Full(string ocean) => new(StatusCodes.Status409Conflict, string.Create(CultureInfo.InvariantCulture,
        $"the ocean {ocean} is full: it takes {PerOcean} players; ask your teacher for another ocean"));

    /// <summary>Counts a player who joined from the request's address.</summary>
    public void Joined(HttpContext context, string id) => joined.Of(context)[id] = 0;

    /// <summary>Lets go of the slot a join held (its player, if it joined, is counted by <see cref="Joined"/>).</summary>
    public void Release(HttpContext context, string slot) => joined.Of(context).TryRemove(slot, out _);

    // Holds the slot when the address has room; checked and held under the set's own lock, so two joins cannot both take the last.
    private static bool TryHold(System.Collections.Concurrent.ConcurrentDictionary<string, byte> ids, string slot, int most)
    {
        lock (ids)
        {
            if (ids.Count >= most)
            {
                return false;
            }

            ids[slot] = 0;
            return true;
        }
    }

    /// <summary>Stops counting a player who quit.</summary>
    public void Left(HttpContext context, string id) => joined.Of(context).TryRemove(id, out _);
}

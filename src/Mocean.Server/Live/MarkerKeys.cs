using System.Security.Cryptography;
using System.Text;

namespace Mocean.Server.Live;

/// <summary>
/// The keys of one live stream's nameless markers: a keyed hash of each name under a secret drawn for this stream,
/// so a marker keeps its key from message to message (the page glides it) while nothing links the key to a name.
/// </summary>
internal sealed class MarkerKeys
{
    private readonly byte[] secret = RandomNumberGenerator.GetBytes(32);

    /// <summary>The players as the public big screen draws them in a round: a key for a name, no whale named.</summary>
    public IReadOnlyList<LivePlayer> Hide(IReadOnlyList<LivePlayer> players) =>
        [.. players.Select(p => p with { Name = KeyOf(p.Name), Whale = null }).OrderBy(p => p.Name, StringComparer.Ordinal)];

    private string KeyOf(string name) =>
        "m" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(name.ToUpperInvariant())), 0, 6);
}

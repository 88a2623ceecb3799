using System.Globalization;
using Microsoft.Extensions.Options;
using Mocean.Server.Hosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Steps;

/// <summary>
/// How many different Steps names one client address may bring (<c>--steps-names-per-address</c>, default 200: a
/// class behind one school router fits many times over), counted since the server started. A name beyond that is
/// refused with 429 before anything is stored, so one script cannot fill the progress table with thousands of
/// names; names the address used before keep working. At most <see cref="AddressSets.MaxAddresses"/> addresses are remembered.
/// </summary>
public sealed class StepsNames(IOptions<AddressBoundsOptions> options)
{
    private readonly AddressSets seen = new();

    /// <summary>Throws a 429 when <paramref name="name"/> would be one name too many for the request's address.</summary>
    public void Admit(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = options.Value.StepsNamesPerAddress;
        var names = seen.Of(context);
        if (names.ContainsKey(name))
        {
            return;
        }

        lock (names)
        {
            if (names.Count >= limit)
            {
                throw new ProtocolException(StatusCodes.Status429TooManyRequests, string.Create(CultureInfo.InvariantCulture,
                    $"your address has already used {limit} different Steps names; go on with one of them (a name is for one person)"));
            }

            names.TryAdd(name, 0);
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace Mocean.Server.Hosting;

/// <summary>
/// The address the bounds per address count by (request rate, players, Steps names, live maps, charts, wrong admin
/// keys): an IPv4 address as it is, an IPv6 address by its /64 network. One IPv6 host is handed a whole /64 and can
/// speak from any address in it, so counting each address apart would let one student pass every bound (and fill the
/// tables that remember addresses); a /64 is one network, as one public IPv4 address is one school.
/// </summary>
public static class ClientAddress
{
    public static IPAddress Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Key(context.Connection.RemoteIpAddress);
    }

    public static IPAddress Key(IPAddress? address)
    {
        if (address is null)
        {
            return IPAddress.None;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}

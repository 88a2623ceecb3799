using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mocean.OceanHosting;

/// <summary>
/// A loopback port for the silo, held (bound, not listening) from the moment it is picked until the silo
/// is about to bind it, so no other program (another server, a test host) can take it meanwhile. Picked
/// below the kernel's ephemeral range: a port chosen by asking for port 0 lies in that range, where any
/// outgoing connection of any program may take it as its local port before the silo binds it.
/// </summary>
public sealed class SiloPortReservation : IDisposable
{
    /// <summary>Where silos' ports are drawn from, below <see cref="OthersFrom"/> (and below the ephemeral range).</summary>
    public const int SilosFrom = 10_000;

    /// <summary>
    /// From here up to the ephemeral range: ports a program picks now and binds a few seconds later (a test's server
    /// restarted on its port); apart from the silos' draws, so no silo starting meanwhile can take one.
    /// </summary>
    public const int OthersFrom = 20_000;

    private Socket? held;

    private SiloPortReservation(Socket held, int port)
    {
        this.held = held;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Whether the port is still held for the silo.</summary>
    public bool Held => Volatile.Read(ref held) is not null;

    /// <summary>
    /// Takes a free loopback port none of <paramref name="avoid"/>, from <paramref name="from"/> up to <paramref name="to"/>
    /// or the ephemeral range, whichever comes first (above the ephemeral range, or any, where that leaves no room).
    /// </summary>
    public static SiloPortReservation Take(IReadOnlySet<int> avoid, Random random, int from = SilosFrom, int to = OthersFrom)
    {
        ArgumentNullException.ThrowIfNull(avoid);
        ArgumentNullException.ThrowIfNull(random);
        var (low, high) = EphemeralRange();
        var top = Math.Min(to, low);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = top - from >= 1000 ? random.Next(from, top)
                : high < IPEndPoint.MaxPort - 1000 ? random.Next(high + 1, IPEndPoint.MaxPort + 1)
                : 0;
            if (port != 0 && avoid.Contains(port))
            {
                continue;
            }

            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Loopback, port));

                // .NET binds with SO_REUSEADDR, and two such sockets, neither listening, may share a port:
                // with the flag cleared on the held one, every other bind of the port fails until it is let go.
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, false);
                var bound = ((IPEndPoint)socket.LocalEndPoint!).Port;
                if (!avoid.Contains(bound))
                {
                    return new SiloPortReservation(socket, bound);
                }
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
            {
                // Taken (or not ours to use): try another.
            }

            socket.Dispose();
        }

        throw new InvalidOperationException("No free loopback port for the ocean engine; set one with --silo-port N.");
    }

    /// <summary>Lets the port go, for the silo to bind it at once.</summary>
    public void Release() => Interlocked.Exchange(ref held, null)?.Dispose();

    public void Dispose() => Release();

    /// <summary>The kernel's range of ports handed to outgoing connections and to binds of port 0.</summary>
    public static (int Low, int High) EphemeralRange()
    {
        try
        {
            var parts = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range")
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var low)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var high)
                && low <= high)
            {
                return (low, high);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not readable: the range most systems use.
        }

        return (49_152, 65_535);
    }
}

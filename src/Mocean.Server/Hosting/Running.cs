using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary>Runs the server until it is stopped, turning a port already in use into one line instead of a stack trace.</summary>
public static class Running
{
    public static async Task<int> RunMoceanAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (RouteTable.Refusal(((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints)) is { } clash)
        {
            await Console.Error.WriteLineAsync($"mocean-server: cannot start: {clash}").ConfigureAwait(false);
            return 1;
        }

        // Found before anything starts (the silo, the data service), a taken port is one line: found by Kestrel,
        // it is that line after the host's and the silo's stack traces as they stop again.
        if (ListensItself(app) && TakenAddress(Configuration.ListenAddresses(app.Configuration)) is { } taken)
        {
            await Console.Error.WriteLineAsync(InUse($"Failed to bind to address {taken}: address already in use.")).ConfigureAwait(false);
            return 1;
        }

        var siloPort = app.Services.GetRequiredService<IOptions<OceanHostOptions>>().Value.SiloPort;
        if (siloPort > 0 && !CanListen(new IPEndPoint(IPAddress.Loopback, siloPort)))
        {
            await Console.Error.WriteLineAsync(SiloPortInUse(siloPort)).ConfigureAwait(false);
            return 1;
        }

        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (IOException failure) when (failure.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync(InUse(failure.Message)).ConfigureAwait(false);
            return 1;
        }
        catch (AddressInUseException)
        {
            // Kestrel's comes wrapped (above); the ocean engine's comes bare, taken between the check (or the pick) and
            // the start. The host is gone by now: nothing of its services may be asked for here.
            await Console.Error.WriteLineAsync(SiloPortInUse(siloPort)).ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>
    /// Whether the server binds ports itself (Kestrel): a host given another server (the tests' in-memory one)
    /// listens on no port, so a program on 8080 is none of its business.
    /// </summary>
    private static bool ListensItself(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().GetType().Assembly == typeof(KestrelServerOptions).Assembly;

    /// <summary>The first of <paramref name="addresses"/> another program listens on, or null (port 0 and names other than localhost are left to Kestrel).</summary>
    public static string? TakenAddress(IEnumerable<(string Url, BindingAddress Address)> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses
            .Where(a => a.Address.Port > 0 && HostOf(a.Address.Host) is { } ip && !CanListen(new IPEndPoint(ip, a.Address.Port)))
            .Select(a => a.Url)
            .FirstOrDefault();
    }

    private static IPAddress? HostOf(string host) => host switch
    {
        "*" or "+" or "0.0.0.0" => IPAddress.Any,
        "localhost" => IPAddress.Loopback,
        _ => IPAddress.TryParse(host.Trim('[', ']'), out var ip) ? ip : null,
    };

    private static bool CanListen(IPEndPoint endpoint)
    {
        try
        {
            using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);

            // As Kestrel binds: a port whose last connections linger in TIME_WAIT is free to listen on.
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(endpoint);
            socket.Listen();
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return false;
        }
        catch (SocketException)
        {
            return true; // Not ours to judge (an address this machine lacks, say): Kestrel says what is wrong.
        }
    }

    private static string SiloPortInUse(int port) => port > 0
        ? $"mocean-server could not start: the ocean engine's port {port.ToString(CultureInfo.InvariantCulture)} (--silo-port) is already in use. Choose another, or leave --silo-port unset for a free one."
        : "mocean-server could not start: another program took the ocean engine's port as it started; start it again (or fix one with --silo-port N).";

    private static string InUse(string failure) =>
        $"mocean-server could not start: {failure} Another program (perhaps another mocean-server) uses that port; stop it, or choose another with --urls http://0.0.0.0:PORT";
}

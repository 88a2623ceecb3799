using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mocean.Server.Hosting;
using Mocean.Server.Ocean;

namespace Mocean.Server.Grains;

/// <summary>
/// The Orleans silo inside the server process: localhost clustering (one silo, no database to set up),
/// silo and gateway ports on loopback, free ones picked at start unless fixed by <c>SiloPort</c> /
/// <c>GatewayPort</c>, so any number of servers (and test hosts) run side by side on one machine.
/// </summary>
public static partial class Silo
{
    private static readonly HashSet<int> Handed = [];

    public static WebApplicationBuilder AddMoceanSilo(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<OceanHostOptions>(builder.Configuration);

        // Orleans explains itself at length on Information; the journal gets its warnings. Its watchdog
        // warns once at every start with a nonsensical interval (a false alarm in 10.4), so only its errors.
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.Services.TryAddSingleton(MoceanClock.Real);
        var settings = builder.Configuration.Get<OceanHostOptions>() ?? new OceanHostOptions();
        KeepClearOf(builder.Configuration);
        var siloPort = settings.SiloPort > 0 ? settings.SiloPort : FreePort();
        var gatewayPort = settings.GatewayPort > 0 ? settings.GatewayPort : FreePort();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "mocean", clusterId: "mocean");
            silo.Services.AddSqliteGrainStorage();
        });
        return builder;
    }

    /// <summary>Never picks the HTTP ports (a test may have just freed one for the server to take).</summary>
    private static void KeepClearOf(IConfiguration configuration)
    {
        lock (Handed)
        {
            foreach (var (_, address) in Configuration.ListenAddresses(configuration))
            {
                Handed.Add(address.Port);
            }
        }
    }

    /// <summary>A free loopback port, never the same one twice in this process (parallel test hosts).</summary>
    public static int FreePort()
    {
        lock (Handed)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }
}

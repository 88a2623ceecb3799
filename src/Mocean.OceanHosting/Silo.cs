using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mocean.OceanHosting.Cluster;

namespace Mocean.OceanHosting;

/// <summary>
/// The Orleans silo inside the server process: localhost clustering (one silo, no database to set up) on a
/// loopback port held for it from start until it binds (<see cref="SiloPortReservation"/>) unless fixed by
/// <c>SiloPort</c>, so any number of servers (and test hosts) run side by side on one machine. No gateway
/// (the port outside Orleans clients would use) unless <c>GatewayPort</c> asks for one: the server's own
/// requests reach the grains inside the process. With <c>Cluster</c> the silo joins the cluster of that store instead
/// (<see cref="ClusterStore"/>), on the same port, advertised at <c>SiloAddress</c> (127.0.0.1 unless set).
/// </summary>
public static partial class Silo
{
    private static readonly HashSet<int> Handed = [];

    /// <summary>
    /// Hosts the oceans' silo in the process being built; a silo port picked at start is never one of
    /// <paramref name="httpPorts"/> (the ports the process serves HTTP on, read only then).
    /// </summary>
    public static IHostApplicationBuilder AddMoceanSilo(this IHostApplicationBuilder builder, IEnumerable<int> httpPorts)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<OceanHostOptions>(builder.Configuration);
        builder.Services.Configure<StoreOptions>(builder.Configuration);
        builder.Services.Configure<ClassicOptions>(builder.Configuration);

        // Orleans explains itself at length on Information; the journal gets its warnings. Its watchdog
        // warns once at every start with a nonsensical interval (a false alarm in 10.4), so only its errors.
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        // Orleans places grains through a Polly pipeline, which logs every placement attempt on Information.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Services.TryAddSingleton(MoceanClock.Real);
        var settings = builder.Configuration.Get<OceanHostOptions>() ?? new OceanHostOptions();
        var reservation = settings.SiloPort > 0 ? null : Reserve(httpPorts);
        var siloPort = reservation?.Port ?? settings.SiloPort;
        var cluster = builder.Configuration.Get<StoreOptions>()?.Cluster;
        builder.UseOrleans(silo =>
        {
            if (string.IsNullOrWhiteSpace(cluster))
            {
                silo.UseLocalhostClustering(siloPort, Math.Max(0, settings.GatewayPort), serviceId: "mocean", clusterId: "mocean");
                silo.Services.AddSqliteGrainStorage();
            }
            else
            {
                var advertised = string.IsNullOrWhiteSpace(settings.SiloAddress) ? IPAddress.Loopback : IPAddress.Parse(settings.SiloAddress.Trim());
                silo.UseClusterStore(cluster.Trim(), advertised, siloPort, Math.Max(0, settings.GatewayPort));
            }

            if (reservation is not null)
            {
                silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(_ => new SiloPortHandover(reservation));
            }
        });
        return builder;
    }

    /// <summary>A port for the silo, never one this process handed out before, nor an HTTP port (a test may have just freed one for the server to take).</summary>
    private static SiloPortReservation Reserve(IEnumerable<int> httpPorts)
    {
        lock (Handed)
        {
            Handed.UnionWith(httpPorts);

            var reservation = SiloPortReservation.Take(Handed, Random.Shared);
            Handed.Add(reservation.Port);
            return reservation;
        }
    }

    /// <summary>Lets the held port go just before the silo binds it (the silo's listener binds at RuntimeInitialize - 1).</summary>
    private sealed class SiloPortHandover(SiloPortReservation reservation) : ILifecycleParticipant<ISiloLifecycle>, IDisposable
    {
        public void Participate(ISiloLifecycle lifecycle) =>
            lifecycle.Subscribe(nameof(SiloPortHandover), ServiceLifecycleStage.RuntimeInitialize - 2, _ =>
            {
                reservation.Release();
                return Task.CompletedTask;
            });

        public void Dispose() => reservation.Dispose();
    }
}

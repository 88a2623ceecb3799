using System.Globalization;
using Microsoft.Extensions.Hosting.Systemd;

namespace Mocean.Server.Hosting;

/// <summary>
/// Whether the server runs as a systemd service, and the framework's own systemd pieces (ready/stopping
/// notifications, journal priorities) when it does. The framework's test looks only at the parent process; systemd
/// also says so by setting <c>SYSTEMD_EXEC_PID</c> to the service's own PID (systemd 248 on), which holds as well
/// when the unit starts the server through a shell that execs it.
/// </summary>
public static class SystemdService
{
    /// <summary>True when systemd started this process: its parent is systemd, or <c>SYSTEMD_EXEC_PID</c> is our PID.</summary>
    public static bool IsRunning { get; } = SystemdHelpers.IsSystemdService() || ExecPidIsOurs();

    /// <summary>Under systemd: tells it when the server is ready and when it stops (a <c>Type=notify</c> unit).</summary>
    public static IServiceCollection AddMoceanSystemd(this IServiceCollection services)
    {
        if (IsRunning)
        {
            services.AddSingleton<ISystemdNotifier, SystemdNotifier>();
            services.AddSingleton<IHostLifetime, SystemdLifetime>();
        }

        return services;
    }

    private static bool ExecPidIsOurs() =>
        int.TryParse(Environment.GetEnvironmentVariable("SYSTEMD_EXEC_PID"), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
        && pid == Environment.ProcessId;
}

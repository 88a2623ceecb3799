namespace Mocean.OceanHosting;

/// <summary>
/// Grain timers end as soon as the server begins to stop, before Orleans deactivates the grains: a tick
/// that reaches a grain while it deactivates for the stop makes Orleans try to move the grain to another
/// silo, and with no other silo it logs an error (<c>fail: Orleans.Grain: Error while selecting a migration
/// destination</c>). Nothing is lost: each grain's final write happens in its <c>OnDeactivateAsync</c>.
/// </summary>
public static class StoppingTimers
{
    /// <summary>Disposes <paramref name="timers"/> when the server begins to stop (at once if it already has); dispose the result on deactivation.</summary>
    public static CancellationTokenRegistration DisposeWhenStopping(this IHostApplicationLifetime lifetime, params IGrainTimer[] timers)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        return lifetime.ApplicationStopping.Register(() =>
        {
            foreach (var timer in timers)
            {
                timer.Dispose();
            }
        });
    }
}

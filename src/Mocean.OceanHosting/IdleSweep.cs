namespace Mocean.OceanHosting;

/// <summary>
/// The idle-removal timer: on a grain, every so often, calls a sweep with the cutoff time before which a
/// player counts as idle (now minus the idle limit). The period is a quarter of the limit, at most a
/// minute, so a player goes at most a quarter (or a minute) late. The timer keeps its grain active.
/// </summary>
public static class IdleSweep
{
    public static TimeSpan PeriodFor(TimeSpan idleLimit) =>
        TimeSpan.FromTicks(Math.Clamp(idleLimit.Ticks / 4, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromMinutes(1).Ticks));

    /// <summary>Registers the timer; <paramref name="sweep"/> gets the cutoff (players last seen before it are idle).</summary>
    public static IGrainTimer Start(IGrainBase grain, TimeProvider clock, TimeSpan idleLimit, Func<DateTimeOffset, Task> sweep)
    {
        var period = PeriodFor(idleLimit);
        return grain.RegisterGrainTimer(
            () => sweep(clock.GetUtcNow() - idleLimit),
            new GrainTimerCreationOptions(period, period) { KeepAlive = true });
    }
}

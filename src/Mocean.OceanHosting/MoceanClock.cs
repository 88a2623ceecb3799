namespace Mocean.OceanHosting;

/// <summary>
/// The clock of what the server itself keeps time for: ocean motion and idle players, the admin key's
/// lockout and cookie, Steps' progress, API keys, backups, "up since". It is registered apart from the
/// runtime's <see cref="TimeProvider"/> (which Orleans' membership and timers read), so a test that moves
/// this clock by minutes or hours moves the game and never makes the silo think it has missed its own
/// heartbeats and declare itself dead.
/// </summary>
public sealed class MoceanClock(TimeProvider inner) : TimeProvider
{
    /// <summary>The real clock, the default.</summary>
    public static MoceanClock Real { get; } = new(TimeProvider.System);

    /// <summary>The standing clock a test moves (<c>--clock TIME</c>), or null when this is the machine's.</summary>
    public StandingClock? Standing => inner as StandingClock;

    /// <summary>The server's clock from its settings: standing at <c>--clock TIME</c> when that is set, else the real one.</summary>
    public static MoceanClock FromSetting(string? clock) =>
        string.IsNullOrWhiteSpace(clock) || StandingClock.Parse(clock) is not { } start ? Real : new MoceanClock(new StandingClock(start));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}

using System.Globalization;

namespace Mocean.OceanHosting;

/// <summary>
/// The server's own time when <c>--clock TIME</c> is set: it stands at TIME and moves only when the teacher's
/// <c>POST /admin/clock?seconds=N</c> moves it, so a test, or a round replayed for a class, happens the same way
/// every time. Only the time of day stands: timers and elapsed time (timestamps) run as on the machine.
/// </summary>
public sealed class StandingClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    /// <summary>Moves the clock forward by <paramref name="by"/> (never back) and answers the new time.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        return new DateTimeOffset(Interlocked.Add(ref ticks, by.Ticks), TimeSpan.Zero);
    }

    /// <summary>Reads a <c>--clock</c> value: a time with its zone, like <c>2026-03-14T15:09:26Z</c>; null when it is not one.</summary>
    public static DateTimeOffset? Parse(string text) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            && at.Year is >= 2000 and <= 9000
            ? at
            : null;

    /// <summary>A time as the clock's replies write it: ISO 8601 in UTC, with the fraction only when there is one.</summary>
    public static string Text(DateTimeOffset at) =>
        at.UtcDateTime.ToString(at.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}

namespace Mocean.Ocean.State;

/// <summary>
/// Ocean time: wall time minus every paused stretch. While paused it stands still, so motion,
/// whale drift, treasure return and idle time all stop with it.
/// </summary>
public sealed record OceanClock(bool Paused, DateTimeOffset PausedAt, TimeSpan PausedTotal)
{
    public static OceanClock Running { get; } = new(false, DateTimeOffset.MinValue, TimeSpan.Zero);

    public DateTimeOffset Now(DateTimeOffset wall) => (Paused ? PausedAt : wall) - PausedTotal;

    public OceanClock Pause(DateTimeOffset wall) => Paused ? this : this with { Paused = true, PausedAt = wall };

    public OceanClock Resume(DateTimeOffset wall) =>
        Paused ? new OceanClock(false, DateTimeOffset.MinValue, PausedTotal + (wall > PausedAt ? wall - PausedAt : TimeSpan.Zero)) : this;
}

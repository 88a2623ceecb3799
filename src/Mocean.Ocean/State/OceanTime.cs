namespace Mocean.Ocean.State;

/// <summary>
/// Ocean time: wall time minus every paused stretch. While paused it stands still, so motion,
/// whale drift, treasure return and idle time all stop with it.
/// </summary>
public sealed record OceanTime(bool Paused, DateTimeOffset PausedAt, TimeSpan PausedTotal)
{
    public static OceanTime Running { get; } = new(false, DateTimeOffset.MinValue, TimeSpan.Zero);

    public DateTimeOffset Now(DateTimeOffset wall) => (Paused ? PausedAt : wall) - PausedTotal;

    /// <summary>
    /// The wall-clock moment of an ocean time that lies in the current stretch (since the last resume): exact for
    /// those. An ocean time during the current pause gives the moment the pause began (the clock stood there);
    /// one from before an earlier pause comes out later by the pauses since, which do not count as time passed.
    /// </summary>
    public DateTimeOffset WallOf(DateTimeOffset oceanTime) => oceanTime + PausedTotal;

    public OceanTime Pause(DateTimeOffset wall) => Paused ? this : this with { Paused = true, PausedAt = wall };

    public OceanTime Resume(DateTimeOffset wall) =>
        Paused ? new OceanTime(false, DateTimeOffset.MinValue, PausedTotal + (wall > PausedAt ? wall - PausedAt : TimeSpan.Zero)) : this;
}

namespace Mocean.Server.Recording;

/// <summary>
/// Settings of the game's record (bound like the server's other settings): whether it is kept, how often moving players
/// are sampled, how long and how much is kept, and what students may read of it.
/// </summary>
public sealed class RecordingOptions
{
    /// <summary>Keep each ocean's record and publish it as the data sets <c>ocean_NAME_events</c> and <c>ocean_NAME_tracks</c>.</summary>
    public bool Recording { get; set; } = true;

    /// <summary>Seconds between two samples of a moving player's track (fractions allowed).</summary>
    public double TrackSeconds { get; set; } = 1;

    /// <summary>Days a recorded row is kept; older ones are dropped.</summary>
    public double RecordingDays { get; set; } = 30;

    /// <summary>Megabytes of record kept per ocean (counted at <see cref="GameRecordSets.BytesPerRow"/>); beyond, the oldest rows are dropped.</summary>
    public double RecordingMegabytes { get; set; } = 200;

    /// <summary>What anyone may read without the admin key: <c>over</c>, <c>all</c> or <c>none</c> (<see cref="Visibility"/>).</summary>
    public string RecordingPublic { get; set; } = "over";

    public TimeSpan TrackPeriod => TimeSpan.FromSeconds(TrackSeconds > 0 ? TrackSeconds : 1);

    public TimeSpan KeepFor => TimeSpan.FromDays(RecordingDays > 0 ? RecordingDays : 30);

    /// <summary>The most rows of one data set (of one ocean) kept.</summary>
    public long KeepRows => (long)Math.Max(1, RecordingMegabytes * 1024 * 1024 / GameRecordSets.BytesPerRow);

    public Visibility Public => Visibilities.Parse(RecordingPublic) ?? Visibility.Over;
}

/// <summary>What students (anyone without the admin key) may read of a game's record; lines said in meetings are the teacher's in every case.</summary>
public enum Visibility
{
    /// <summary>Rows of rounds that are over, and of play outside rounds: never the round being played.</summary>
    Over,

    /// <summary>Every row, the round being played included.</summary>
    All,

    /// <summary>No row: the record is the teacher's alone.</summary>
    None,
}

public static class Visibilities
{
    public static Visibility? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "over" => Visibility.Over,
        "all" => Visibility.All,
        "none" => Visibility.None,
        _ => null,
    };

    public static string Word(this Visibility visibility) => visibility.ToString().ToLowerInvariant();
}

using System.ComponentModel.DataAnnotations;

namespace Mocean.Server.Recording;

/// <summary>
/// Settings of the game's record (bound like the server's other settings): whether it is kept, how often moving players
/// are sampled, how long and how much is kept, and what students may read of it.
/// </summary>
public sealed class RecordingOptions
{
    [Display(Description = "Keep each ocean's game record (events and players' tracks) and publish it as the data sets ocean_NAME_events and ocean_NAME_tracks.")]
    public bool Recording { get; set; } = true;

    [Display(Prompt = "SECONDS", Description = "Seconds between two samples of a moving player's track (a player at rest adds nothing).")]
    [Range(0.01, 3600, ErrorMessage = "a number of seconds from 0.01 to 3600, like 1")]
    public double TrackSeconds { get; set; } = 1;

    [Display(Prompt = "DAYS", Description = "Days the game record is kept; older rows are dropped.")]
    [Range(0.001, 36_500, ErrorMessage = "a number of days above 0 and at most 36500, like 30")]
    public double RecordingDays { get; set; } = 30;

    /// <summary>Megabytes of record kept per ocean (counted at <see cref="GameRecordSets.BytesPerRow"/>); beyond, the oldest rows are dropped.</summary>
    [Display(Prompt = "MB", Description = "Size of the game record kept per ocean (counted at 100 bytes a row); beyond it the oldest rows are dropped.")]
    [Range(1d, 1_000_000d, ErrorMessage = "a number of megabytes from 1 to 1000000, like 200")]
    public double RecordingMegabytes { get; set; } = 200;

    /// <summary>What anyone may read without the admin key: <c>over</c>, <c>all</c> or <c>none</c> (<see cref="Visibility"/>).</summary>
    [Display(Prompt = "over/all/none", Description = "What students may read of the game record: over (rounds that are over, and play outside rounds), all, or none; the teacher reads everything, and lines said in meetings are the teacher's alone.")]
    [Required(ErrorMessage = "over, all or none")]
    [RegularExpression(@"(?i)\s*(over|all|none)\s*", ErrorMessage = "over, all or none")]
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

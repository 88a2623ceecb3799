using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mocean.Operations.Settings;

namespace Mocean.Server.Hosting;

/// <summary>How much expensive work (charts, Parquet files, new sea floors) is made at once and waits (<see cref="HeavyWork"/>), and how long a made file waits for its reader.</summary>
public sealed class HeavyWorkOptions
{
    [Display(Prompt = "N", Description = "Charts (.png), Parquet files and new sea floors made at once, apart from the game.")]
    [DefaultValue("half the processors, at least 1")]
    [Range(1, 1024, ErrorMessage = SettingValues.Whole)]
    public int HeavyWorkers { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    [Display(Prompt = "N", Description = "Charts and files waiting for a turn; more are refused with 503 and Retry-After.")]
    [Range(0, 100_000, ErrorMessage = SettingValues.Whole + " (0: none wait)")]
    public int HeavyQueue { get; set; } = 16;

    [Display(Prompt = "N", Description = "Charts and files one client address may have in the making or waiting; more are refused with 429.")]
    [Range(1, 1024, ErrorMessage = SettingValues.Whole)]
    public int HeavyPerAddress { get; set; } = 2;

    [Display(Prompt = "N", Description = "Seconds a client has to download a chart or Parquet file once made; a slower one loses it and its temporary file is deleted.")]
    [Range(1, 86_400, ErrorMessage = SettingValues.Whole)]
    public int FileReplySeconds { get; set; } = 60;
}

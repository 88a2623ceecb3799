using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mocean.OceanHosting;
using Mocean.Operations.Settings;

namespace Mocean.Server.Hosting;

/// <summary>
/// The settings of the server as a whole: where it listens and its clock. Where it keeps everything (the data
/// directory, the cluster's store) is <see cref="StoreOptions"/>, read by the ocean's hosting too, and the settings
/// file is <see cref="SettingsFileOptions"/>; each feature's own settings are in its options class (<see cref="ServerSettings"/>).
/// </summary>
public sealed class ServerOptions
{
    [Display(Order = 1, Prompt = "URL[;URL]", Description = "Where the server listens: http://0.0.0.0:8080 is every network card, port 8080; http://127.0.0.1:5055 is this machine only.")]
    [DefaultValue(SettingSources.DefaultUrls)]
    [CustomValidation(typeof(ServerOptions), nameof(CheckUrls))]
    public string? Urls { get; set; }

    [Display(Order = 3, Prompt = "TIME", Description = "Makes the game's clock stand at TIME (like 2026-03-14T15:09:26Z) and move only by POST /admin/clock?seconds=N, so a test or a replayed round happens the same way every time.")]
    [DefaultValue("(none: the machine's clock)")]
    [CustomValidation(typeof(ServerOptions), nameof(CheckClock))]
    public string? Clock { get; set; }

    public static ValidationResult? CheckUrls(string? urls) => string.IsNullOrEmpty(urls) ? ValidationResult.Success : SettingValues.Must(
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } each && each.All(IsListenAddress),
        "an address to listen on like http://0.0.0.0:8080 (several separated by ;)");

    public static ValidationResult? CheckClock(string? clock) => string.IsNullOrEmpty(clock) ? ValidationResult.Success
        : SettingValues.Must(StandingClock.Parse(clock.Trim()) is not null, "a time with its zone, like 2026-03-14T15:09:26Z");

    private static bool IsListenAddress(string url)
    {
        try
        {
            return BindingAddress.Parse(url) is { Scheme: "http" or "https" };
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

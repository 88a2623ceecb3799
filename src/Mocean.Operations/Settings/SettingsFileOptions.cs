using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Mocean.Operations.Settings;

/// <summary>
/// The settings file's own setting: read by hand before any configuration is built (<see cref="SettingSources.ConfigFile"/>),
/// since it says where the rest are; declared here so that <c>--help</c>, the check and docs/settings.md list it.
/// </summary>
public sealed class SettingsFileOptions
{
    // Order places it last among the server's own settings in --help (Urls, DataDir, Clock, Cluster, Config).
    [Display(Order = 5, Prompt = "FILE", Description = "A settings file to read instead of mocean.json beside the program.")]
    [DefaultValue("mocean.json beside the program")]
    public string? Config { get; set; }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mocean.OceanHosting;

namespace Mocean.Server.Hosting;

/// <summary>
/// The settings of the server as a whole: where it listens, where it keeps everything, whether it is one of a cluster,
/// its clock and its settings file. Each feature's own settings are in its options class (<see cref="SettingTable.Options"/>).
/// </summary>
public sealed class ServerOptions
{
    [Display(Prompt = "URL[;URL]", Description = "Where the server listens: http://0.0.0.0:8080 is every network card, port 8080; http://127.0.0.1:5055 is this machine only.")]
    [DefaultValue(Configuration.DefaultUrls)]
    [CustomValidation(typeof(ServerOptions), nameof(CheckUrls))]
    public string? Urls { get; set; }

    [Display(Prompt = "DIR", Description = "The folder where the server keeps everything it must remember (oceans, players, Steps progress, data sets).")]
    [Required(ErrorMessage = "a folder, like data or /var/lib/mocean")]
    public string DataDir { get; set; } = "data";

    [Display(Prompt = "TIME", Description = "Makes the game's clock stand at TIME (like 2026-03-14T15:09:26Z) and move only by POST /admin/clock?seconds=N, so a test or a replayed round happens the same way every time.")]
    [DefaultValue("(none: the machine's clock)")]
    [CustomValidation(typeof(ServerOptions), nameof(CheckClock))]
    public string? Clock { get; set; }

    /// <summary>The cluster store, a PostgreSQL connection string (see <c>Cluster/ClusterStore.cs</c>); without it one server keeps everything in its data directory.</summary>
    [Display(Prompt = "CONNECTION", Description = "A PostgreSQL connection string (Host=db.school.org;Username=mocean;Password=...;Database=mocean): the server joins the cluster of every server given the same one, and keeps the oceans, players and Steps progress there.")]
    [DefaultValue("(none: one server, its own files)")]
    [CustomValidation(typeof(ServerOptions), nameof(CheckCluster))]
    public string? Cluster { get; set; }

    [Display(Prompt = "FILE", Description = "A settings file to read instead of mocean.json beside the program.")]
    [DefaultValue("mocean.json beside the program")]
    public string? Config { get; set; }

    /// <summary>True when the server is one of a cluster.</summary>
    public bool Clustered => !string.IsNullOrWhiteSpace(Cluster);

    /// <summary>The data directory as a full path.</summary>
    public string DataPath => Path.GetFullPath(DataDir);

    public static ValidationResult? CheckUrls(string? urls) => string.IsNullOrEmpty(urls) ? ValidationResult.Success : SettingValues.Must(
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } each && each.All(IsListenAddress),
        "an address to listen on like http://0.0.0.0:8080 (several separated by ;)");

    public static ValidationResult? CheckClock(string? clock) => string.IsNullOrEmpty(clock) ? ValidationResult.Success
        : SettingValues.Must(StandingClock.Parse(clock.Trim()) is not null, "a time with its zone, like 2026-03-14T15:09:26Z");

    public static ValidationResult? CheckCluster(string? cluster) => string.IsNullOrEmpty(cluster) ? ValidationResult.Success
        : OceanHosting.Cluster.ClusterStore.Problem(cluster.Trim()) is { } expected ? new ValidationResult(expected) : ValidationResult.Success;

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

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mocean.OceanHosting.Cluster;

namespace Mocean.OceanHosting;

/// <summary>
/// Where the server keeps everything it must remember: its data directory (<c>ocean.db</c>, <c>steps.db</c>, the data
/// service's store), or, with <c>Cluster</c>, the cluster's PostgreSQL store for the game. The one owner of the keys
/// <c>DataDir</c> and <c>Cluster</c>: the silo binds it, every other reader asks for <c>IOptions&lt;StoreOptions&gt;</c>.
/// </summary>
public sealed class StoreOptions
{
    // Order places these among the server's own settings in --help (Urls, DataDir, Clock, Cluster, Config).
    [Display(Order = 2, Prompt = "DIR", Description = "The folder where the server keeps everything it must remember (oceans, players, Steps progress, data sets).")]
    [Required(ErrorMessage = "a folder, like data or /var/lib/mocean")]
    public string DataDir { get; set; } = "data";

    /// <summary>The cluster store, a PostgreSQL connection string (see <c>Cluster/ClusterStore.cs</c>); without it one server keeps everything in its data directory.</summary>
    [Display(Order = 4, Prompt = "CONNECTION", Description = "A PostgreSQL connection string (Host=db.school.org;Username=mocean;Password=...;Database=mocean): the server joins the cluster of every server given the same one, and keeps the oceans, players and Steps progress there.")]
    [DefaultValue("(none: one server, its own files)")]
    [CustomValidation(typeof(StoreOptions), nameof(CheckCluster))]
    public string? Cluster { get; set; }

    /// <summary>The data directory as a full path.</summary>
    public string DataPath => Path.GetFullPath(DataDir);

    /// <summary>True when the server is one of a cluster.</summary>
    public bool Clustered => !string.IsNullOrWhiteSpace(Cluster);

    public static ValidationResult? CheckCluster(string? cluster) => string.IsNullOrEmpty(cluster) ? ValidationResult.Success
        : ClusterStore.Problem(cluster.Trim()) is { } expected ? new ValidationResult(expected) : ValidationResult.Success;
}

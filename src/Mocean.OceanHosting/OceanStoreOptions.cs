namespace Mocean.OceanHosting;

/// <summary>
/// Where the oceans' state is kept, read from the server's settings under the same names (<c>DataDir</c>, <c>Cluster</c>):
/// <c>ocean.db</c> in the data directory, or the cluster's PostgreSQL store when <c>Cluster</c> is set.
/// </summary>
public sealed class OceanStoreOptions
{
    /// <summary>The server's data directory, which holds <c>ocean.db</c> (default <c>data</c>).</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>The cluster store's PostgreSQL connection string; unset, one server keeps the oceans in its data directory.</summary>
    public string? Cluster { get; set; }

    /// <summary>The data directory as a full path.</summary>
    public string DataPath => Path.GetFullPath(DataDir);

    /// <summary>True when the oceans live in a cluster's store.</summary>
    public bool Clustered => !string.IsNullOrWhiteSpace(Cluster);
}

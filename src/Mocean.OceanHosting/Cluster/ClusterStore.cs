using System.Net;
using Npgsql;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Mocean.OceanHosting.Cluster;

/// <summary>
/// Cluster mode: with the setting <c>Cluster</c> (a PostgreSQL connection string) the server is one silo of an
/// Orleans cluster whose members share that database. There live the cluster's membership (the AdoNet clustering
/// provider's tables), every grain's state (the oceans, the player directory's classic counters, the oceans'
/// registry: the AdoNet persistence provider, registered under the same storage name <see cref="GrainStorage.Name"/>
/// as the SQLite storage, so the grains are the same in both modes, and writing the same JSON through
/// <see cref="JsonGrainStorage"/>) and Steps' progress and Duck leaderboard (<c>PostgresStepsStore</c>).
/// Each server keeps its own data directory for the rest (research data, the game record of the oceans it hosts,
/// logs, Data Protection keys). Without the setting nothing of this runs: one silo, localhost clustering, SQLite.
/// <para>
/// Why PostgreSQL: it is durable (a committed write survives the database's crash, unlike Redis with its default
/// persistence, which loses the last second or more), every cloud rents it managed with backups, a school's IT
/// department knows it, and Orleans keeps maintained ADO.NET providers for it (Microsoft.Orleans.Clustering.AdoNet,
/// Microsoft.Orleans.Persistence.AdoNet, with Npgsql). The server makes its tables itself (<see cref="ClusterSchema"/>).
/// </para>
/// <para>
/// A killed server is declared dead after about <see cref="ProbeTimeout"/> × <see cref="MissedProbes"/> (6 s, where
/// Orleans' default is 15 s): its oceans then activate on the others from their last write (at most a second old).
/// </para>
/// </summary>
public static class ClusterStore
{
    /// <summary>The ADO.NET provider's invariant name Orleans knows PostgreSQL by.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>The cluster's and the service's id: one Mocean per database.</summary>
    public const string Id = "mocean";

    /// <summary>The name of Orleans' ADO.NET storage, which <see cref="JsonGrainStorage"/> wraps under <see cref="GrainStorage.Name"/>.</summary>
    public const string AdoNetStorageName = "mocean-adonet";

    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public const int MissedProbes = 3;

    /// <summary>Why a connection string cannot be the cluster's store (what it must be instead), or null when it can.</summary>
    public static string? Problem(string text)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? "a PostgreSQL connection string naming its host, like Host=127.0.0.1;Port=5432;Username=mocean;Password=...;Database=mocean"
                : null;
        }
        catch (ArgumentException wrong)
        {
            return "a PostgreSQL connection string like Host=127.0.0.1;Port=5432;Username=mocean;Password=...;Database=mocean (" + wrong.Message.Split('\n')[0].Trim() + ")";
        }
    }

    /// <summary>Seconds an idle connection to the store waits before Npgsql checks it is still alive.</summary>
    public const int KeepAliveSeconds = 1;

    /// <summary>
    /// The connection string every pool of this server opens the store with: as given, with Npgsql's keepalive on
    /// (<see cref="KeepAliveSeconds"/>) unless the teacher set one. A restart of the store breaks every connection the
    /// pools hold idle, and Npgsql finds out only when one is next used, which then fails (each stale connection fails
    /// one request, a 503). The keepalive finds them while they idle, and the pool drops them.
    /// </summary>
    public static string Pooled(string connection)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        if (builder.KeepAlive == 0)
        {
            builder.KeepAlive = KeepAliveSeconds;
        }

        return builder.ConnectionString;
    }

    /// <summary>The connection string as the server shows it: without its password.</summary>
    public static string Shown(string connection)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connection);
            if (!string.IsNullOrEmpty(builder.Password))
            {
                builder.Password = "(set)";
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(not a connection string)";
        }
    }

    /// <summary>Joins the cluster of <paramref name="connection"/>: membership, grain state, the silo's advertised endpoint.</summary>
    public static ISiloBuilder UseClusterStore(this ISiloBuilder silo, string connection, IPAddress advertised, int siloPort, int gatewayPort)
    {
        ArgumentNullException.ThrowIfNull(silo);
        connection = Pooled(connection);
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = Id;
            cluster.ServiceId = Id;
        });
        silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: false);
        silo.UseAdoNetClustering(store =>
        {
            store.Invariant = Invariant;
            store.ConnectionString = connection;
        });
        silo.Configure<ClusterMembershipOptions>(membership =>
        {
            membership.ProbeTimeout = ProbeTimeout;
            membership.NumMissedProbesLimit = MissedProbes;
        });
        silo.AddAdoNetGrainStorage(AdoNetStorageName, store =>
        {
            store.Invariant = Invariant;
            store.ConnectionString = connection;
            store.GrainStorageSerializer = new JsonGrainStorage.Serializer();
        });
        silo.Services.AddGrainStorage(GrainStorage.Name,
            (provider, _) => new JsonGrainStorage(provider.GetRequiredKeyedService<IGrainStorage>(AdoNetStorageName)));
        silo.Services.AddKeyedSingleton(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (provider, _) => provider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name));
        silo.Services.AddSingleton(_ => NpgsqlDataSource.Create(connection));

        // A grain whose store write fails (PostgreSQL out of reach) throws Npgsql's exception to its caller, which may
        // be on another server: Orleans carries only exceptions of the namespaces it is told, and without Npgsql's the
        // caller got a CodecNotFoundException (a 500) instead of the store's failure (a 503 with Retry-After).
        silo.Services.Configure<Orleans.Serialization.ExceptionSerializationOptions>(exceptions => exceptions.SupportedNamespacePrefixes.Add("Npgsql"));
        return silo;
    }
}

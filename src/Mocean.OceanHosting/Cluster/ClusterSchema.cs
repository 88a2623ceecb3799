using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mocean.OceanHosting.Cluster;

/// <summary>
/// Makes the cluster store's tables at a server's start, so nobody runs a script by hand: Orleans' own (its scripts
/// for PostgreSQL, shipped in its repository rather than its packages, copied here unchanged in <c>Schema/</c>: the
/// query table, membership, grain state), each only where its table is missing, and Steps' tables. All in one
/// transaction under an advisory lock: three servers starting at once make them once, and a server that fails
/// halfway leaves nothing half made. Then the server's own tables (Steps', the cookie keys').
/// </summary>
public static partial class ClusterSchema
{
    /// <summary>The advisory lock every server takes while it makes the tables ("mocean" in ASCII).</summary>
    public const long LockKey = 0x6d6f6365616e;

    /// <summary>Each Orleans script, by the table whose absence says it has not run.</summary>
    private static readonly (string Table, string Script)[] OrleansScripts =
    [
        ("orleansquery", "PostgreSQL-Main.sql"),
        ("orleansmembershiptable", "PostgreSQL-Clustering.sql"),
        ("orleansstorage", "PostgreSQL-Persistence.sql"),
    ];

    /// <summary>The server's own tables: Steps' (<c>PostgresStepsStore</c>), the teacher cookie's keys (<c>ClusterKeys</c>) and sign-in generation (<c>TeacherSessions</c>).</summary>
    private const string MoceanTables = """
        CREATE TABLE IF NOT EXISTS mocean_solves (name text NOT NULL, route text NOT NULL, at timestamptz NOT NULL, PRIMARY KEY (name, route));
        CREATE TABLE IF NOT EXISTS mocean_duck_games (name text PRIMARY KEY, r double precision NOT NULL, a double precision NOT NULL,
            b double precision NOT NULL, moves integer NOT NULL, ending integer NOT NULL);
        CREATE TABLE IF NOT EXISTS mocean_duck_wins (name text NOT NULL, moves integer NOT NULL, at timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS mocean_keys (name text PRIMARY KEY, xml text NOT NULL);
        CREATE TABLE IF NOT EXISTS mocean_teacher (id integer PRIMARY KEY, fingerprint text NOT NULL, generation bigint NOT NULL);
        """;

    /// <summary>Makes what is missing; the names of the Orleans scripts it ran (none when the store was ready).</summary>
    public static IReadOnlyList<string> Ensure(NpgsqlDataSource store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Run(connection, FormattableString.Invariant($"SELECT pg_advisory_xact_lock({LockKey})"));
        var ran = new List<string>();
        foreach (var (table, script) in OrleansScripts)
        {
            using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection);
            exists.Parameters.Add(new NpgsqlParameter { Value = table });
            if (exists.ExecuteScalar() is not true)
            {
                Run(connection, Script(script));
                ran.Add(script);
            }
        }

        Run(connection, MoceanTables);
        transaction.Commit();
        return ran;
    }

    /// <summary>
    /// At the start of a server of a cluster: makes the store's tables, logging what it made; else one line saying why the
    /// store cannot be used (then nothing has started).
    /// </summary>
    public static string? Problem(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var connection = services.GetRequiredService<IOptions<StoreOptions>>().Value.Cluster ?? string.Empty;
        try
        {
            var ran = Ensure(services.GetRequiredService<NpgsqlDataSource>());
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Mocean.Cluster");
            if (ran.Count > 0)
            {
                LogMade(logger, ClusterStore.Shown(connection), string.Join(", ", ran));
            }

            LogJoining(logger, ClusterStore.Shown(connection));
            return null;
        }
        catch (Exception failure) when (failure is DbException or TimeoutException or IOException)
        {
            var why = failure.Message.ReplaceLineEndings(" ").Trim();
            return $"the cluster store {ClusterStore.Shown(connection)} cannot be used ({why}): check --cluster, and that PostgreSQL runs and lets this server in";
        }
    }

    private static string Script(string name)
    {
        using var stream = typeof(ClusterSchema).Assembly.GetManifestResourceStream("cluster/" + name)
            ?? throw new InvalidOperationException($"the schema script {name} is missing from the server's build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Run(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster store {Store}: made the tables of {Scripts}")]
    private static partial void LogMade(ILogger logger, string store, string scripts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Joining the cluster of the store {Store}")]
    private static partial void LogJoining(ILogger logger, string store);
}

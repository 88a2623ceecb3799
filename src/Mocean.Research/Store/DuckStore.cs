using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using DuckDB.NET.Data;
using Mocean.Research.Catalog;
using Mocean.Research.Query;

namespace Mocean.Research.Store;

/// <summary>
/// <see cref="IDataStore"/> on DuckDB, one file in the data directory. Readers use duplicates of one open
/// connection (one database instance per process); builds take the single writer lock.
/// </summary>
public sealed partial class DuckStore : IDataStore
{
    private static readonly JsonSerializerOptions DescriptorJson = new(JsonSerializerDefaults.Web);
    /// <summary>Idle reader connections kept for the next query (opening one costs more than many small queries).</summary>
    private const int IdleCap = 16;

    private readonly DuckDBConnection root;
    private readonly ConcurrentBag<DuckDBConnection> idle = [];
    private readonly Lock writer = new();
    private readonly string connectionString;
    private readonly string path;

    public DuckStore(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        this.path = Path.GetFullPath(path);
        connectionString = $"Data Source={path}";
        root = new DuckDBConnection(connectionString);
        try
        {
            root.Open();
        }
        catch (DuckDBException e)
        {
            root.Dispose();
            throw new DatasetException($"the store {path} cannot be opened: {e.Message.Split('\n')[0]}");
        }

        Execute(root, """
            CREATE TABLE IF NOT EXISTS catalog (
              id VARCHAR PRIMARY KEY, descriptor VARCHAR NOT NULL, row_count BIGINT NOT NULL, built_at TIMESTAMP NOT NULL)
            """);
    }

    public StoredDataset Replace(DatasetDescriptor descriptor, Action<IRowSink> fill, DateTimeOffset builtAt)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(fill);
        DescriptorRules.Check(descriptor);
        lock (writer)
        {
            using var connection = Open();
            var staging = Quote("staging_" + descriptor.Id);
            var columns = string.Join(", ", descriptor.Columns.Select(c => $"{Quote(c.Name)} {DataTypes.Sql(c)}"));
            Execute(connection, $"DROP TABLE IF EXISTS {staging}");
            Execute(connection, $"CREATE TABLE {staging} ({columns})");
            long rows;
            try
            {
                using (var appender = connection.CreateAppender("staging_" + descriptor.Id))
                {
                    var sink = new AppenderSink(appender, descriptor.Columns);
                    fill(sink);
                    rows = sink.Rows;
                }
            }
            catch
            {
                Execute(connection, $"DROP TABLE IF EXISTS {staging}");
                throw;
            }

            using var swap = connection.BeginTransaction();
            Execute(connection, $"DROP TABLE IF EXISTS {Quote(descriptor.TableName)}");
            Execute(connection, $"ALTER TABLE {staging} RENAME TO {Quote(descriptor.TableName)}");
            Execute(connection, "DELETE FROM catalog WHERE id = $1", descriptor.Id);
            Execute(connection, "INSERT INTO catalog VALUES ($1, $2, $3, $4)",
                descriptor.Id, JsonSerializer.Serialize(descriptor, DescriptorJson), rows, builtAt.UtcDateTime);
            swap.Commit();
            try
            {
                Execute(connection, "CHECKPOINT");
            }
            catch (DuckDBException)
            {
                // Queries still running hold the checkpoint off; the change is committed and its log is checkpointed later.
            }

            return new StoredDataset(descriptor, rows, builtAt);
        }
    }

    public void SnapshotTo(string targetPath)
    {
        lock (writer)
        {
            // With builds held off, a checkpoint leaves every committed change in the main file and the log empty.
            using var connection = Open();
            try
            {
                Execute(connection, "CHECKPOINT");
                File.Copy(path, targetPath, overwrite: true);
                return;
            }
            catch (DuckDBException)
            {
                // A query still reads data a republish replaced, so the log cannot be folded in yet: copy
                // what is committed through the database instead of the file (slower, never waits for readers).
            }

            File.Delete(targetPath);
            Execute(connection, $"ATTACH '{targetPath.Replace("'", "''", StringComparison.Ordinal)}' AS snapshot_copy");
            try
            {
                using var name = connection.CreateCommand();
                name.CommandText = "SELECT current_database()";
                var current = Quote((string)name.ExecuteScalar()!);
                Execute(connection, $"COPY FROM DATABASE {current} TO snapshot_copy");
            }
            finally
            {
                Execute(connection, "DETACH snapshot_copy");
            }
        }
    }

    public IReadOnlyList<StoredDataset> Datasets()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT descriptor, row_count, built_at FROM catalog ORDER BY id";
        using var reader = command.ExecuteReader();
        var list = new List<StoredDataset>();
        while (reader.Read())
        {
            var descriptor = JsonSerializer.Deserialize<DatasetDescriptor>(reader.GetString(0), DescriptorJson)!;
            list.Add(new StoredDataset(descriptor, reader.GetInt64(1), new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero)));
        }

        return list;
    }

    public void ExportParquet(string sql, IReadOnlyList<object?> parameters, string path, CancellationToken cancel)
    {
        using var connection = Open();
        var temp = Quote("export_" + Guid.NewGuid().ToString("N"));
        try
        {
            Execute(connection, $"CREATE TEMP TABLE {temp} AS {sql}", cancel, [.. parameters]);

            // Times are UTC: written as TIMESTAMP WITH TIME ZONE they are Parquet timestamps with isAdjustedToUTC, so
            // pandas and pyarrow read them as UTC instants. The cast reads the stored time in this connection's zone: UTC.
            Execute(connection, "SET TimeZone = 'UTC'", cancel);
            var times = new List<string>();
            using (var describe = connection.CreateCommand())
            {
                describe.CommandText = $"SELECT column_name FROM (DESCRIBE {temp}) WHERE column_type = 'TIMESTAMP'";
                using var reader = describe.ExecuteReader();
                while (reader.Read())
                {
                    times.Add(reader.GetString(0));
                }
            }

            var select = times.Count == 0 ? "*" : $"* REPLACE ({string.Join(", ", times.Select(t => $"CAST({Quote(t)} AS TIMESTAMPTZ) AS {Quote(t)}"))})";

            // A file path cannot be a parameter of COPY; it is ours (a temporary file), quoted as a literal.
            Execute(connection, $"COPY (SELECT {select} FROM {temp}) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)", cancel);
        }
        catch (DuckDBException e)
        {
            throw Refused(e, cancel);
        }

        // The temporary table goes with its connection.
    }

    public void Dispose()
    {
        while (idle.TryTake(out var connection))
        {
            connection.Dispose();
        }

        root.Dispose();
    }

    /// <summary>A query the database refused (a bad regular expression, a value it cannot compare) or one cut off by its time-out.</summary>
    internal static Exception Refused(DbException e, CancellationToken cancel)
    {
        if (cancel.IsCancellationRequested)
        {
            return new OperationCanceledException("the query was stopped", e, cancel);
        }

        var line = e.Message.Split('\n')[0];
        return QueryException.Bad("the database refused the query: " + (line.Length > 200 ? line[..200] : line));
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, IReadOnlyList<object?> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        }

        return command;
    }

    private static void Execute(DuckDBConnection connection, string sql, params object?[] parameters) =>
        Execute(connection, sql, CancellationToken.None, parameters);

    private static void Execute(DuckDBConnection connection, string sql, CancellationToken cancel, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using (new Interruption(command, cancel))
        {
            command.ExecuteNonQuery();
        }
    }
}

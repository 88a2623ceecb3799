using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orleans.Storage;

namespace Mocean.OceanHosting;

/// <summary>
/// Grain state in one SQLite file (WAL mode, full sync; the WAL is checkpointed by the write that takes it
/// over 1,000 pages, and cut back to <see cref="WalBoundBytes"/> when it starts over, so it never holds more
/// than that bound plus one write): one row per state name and grain id, the state as
/// System.Text.Json UTF-8 text (a <c>byte[]</c> state is stored as it is: already JSON, e.g. an engine's
/// own snapshot format), an integer version as the ETag. A write whose ETag is not the stored one
/// fails with <see cref="InconsistentStateException"/>. All file work runs off the grain's thread, one
/// operation at a time over one connection (SQLite has one writer anyway). Each row's <c>written</c> is
/// stamped on the server's clock (<c>MoceanClock</c>), like every other time the server keeps.
/// </summary>
public sealed partial class SqliteGrainStorage : IGrainStorage, IDisposable
{
    /// <summary>The WAL is checkpointed and cut back to this size once it passes it.</summary>
    public const long WalBoundBytes = 4 * 1024 * 1024;

    private readonly string name;
    private readonly string path;
    private readonly ILogger logger;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly JsonSerializerOptions json = new(JsonSerializerDefaults.General);
    private SqliteConnection? connection;

    public SqliteGrainStorage(string name, string path, TimeProvider clock, ILogger<SqliteGrainStorage> logger)
    {
        this.name = name;
        this.path = path;
        this.clock = clock;
        this.logger = logger;
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        RunAsync(db =>
        {
            using var read = db.CreateCommand();
            read.CommandText = "SELECT etag, payload FROM grain_state WHERE state_name = $s AND grain_id = $g";
            Bind(read, stateName, grainId);
            using var row = read.ExecuteReader();
            if (!row.Read())
            {
                grainState.ETag = null;
                grainState.RecordExists = false;
                return;
            }

            grainState.State = Decode<T>(row.GetFieldValue<byte[]>(1));
            grainState.ETag = row.GetInt64(0).ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        });

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        RunAsync(db =>
        {
            var payload = grainState.State as byte[] ?? JsonSerializer.SerializeToUtf8Bytes(grainState.State, json);
            using var write = db.CreateCommand();
            write.CommandText = grainState.ETag is null
                ? """
                  INSERT INTO grain_state (state_name, grain_id, etag, payload, written) VALUES ($s, $g, 1, $p, $w)
                  ON CONFLICT DO NOTHING RETURNING etag
                  """
                : """
                  UPDATE grain_state SET etag = etag + 1, payload = $p, written = $w
                  WHERE state_name = $s AND grain_id = $g AND etag = $e RETURNING etag
                  """;
            Bind(write, stateName, grainId);
            write.Parameters.AddWithValue("$p", payload);
            write.Parameters.AddWithValue("$w", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            write.Parameters.AddWithValue("$e", grainState.ETag is null ? DBNull.Value : long.Parse(grainState.ETag, CultureInfo.InvariantCulture));
            // Step the statement to its end: the write commits there and SQLite checkpoints the WAL when it is
            // over its bound. (ExecuteScalar stops after the first row; the commit then happens when the
            // statement is reset, which never checkpoints, and the WAL grew by every write until the stop.)
            long? version = null;
            using (var returned = write.ExecuteReader())
            {
                while (returned.Read())
                {
                    version = returned.GetInt64(0);
                }
            }

            if (version is null)
            {
                throw Conflict(db, stateName, grainId, grainState.ETag);
            }

            grainState.ETag = version.Value.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        });

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        RunAsync(db =>
        {
            if (grainState.ETag is null)
            {
                return;
            }

            using var delete = db.CreateCommand();
            delete.CommandText = "DELETE FROM grain_state WHERE state_name = $s AND grain_id = $g AND etag = $e";
            Bind(delete, stateName, grainId);
            delete.Parameters.AddWithValue("$e", long.Parse(grainState.ETag, CultureInfo.InvariantCulture));
            if (delete.ExecuteNonQuery() == 0)
            {
                throw Conflict(db, stateName, grainId, grainState.ETag);
            }

            grainState.ETag = null;
            grainState.RecordExists = false;
        });

    public void Dispose()
    {
        connection?.Dispose();
        gate.Dispose();
    }

    private async Task RunAsync(Action<SqliteConnection> work)
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            // Task.Run keeps the file work (and its fsync) off the grain's scheduler, so other calls interleave.
            await Task.Run(() => work(Open())).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private SqliteConnection Open()
    {
        if (connection is not null)
        {
            return connection;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        OwnerOnly(path);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        using var setup = db.CreateCommand();
        setup.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA busy_timeout = 5000;
            PRAGMA wal_autocheckpoint = 1000;
            PRAGMA journal_size_limit = 4194304;
            CREATE TABLE IF NOT EXISTS grain_state (
                state_name TEXT NOT NULL,
                grain_id TEXT NOT NULL,
                etag INTEGER NOT NULL,
                payload BLOB NOT NULL,
                written TEXT NOT NULL,
                PRIMARY KEY (state_name, grain_id)) WITHOUT ROWID;
            """;
        setup.ExecuteNonQuery();
        LogOpened(logger, name, path);
        return connection = db;
    }

    /// <summary>
    /// The file holds every player's secret id: readable by the server's user only (0600), created so, or made so when
    /// an older server left it open; SQLite gives its WAL and shared-memory files the same mode.
    /// </summary>
    private static void OwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!File.Exists(file))
        {
            using var created = new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = mode });
        }
        else if (File.GetUnixFileMode(file) != mode)
        {
            File.SetUnixFileMode(file, mode);
        }
    }

    private T Decode<T>(byte[] payload) =>
        typeof(T) == typeof(byte[]) ? (T)(object)payload : JsonSerializer.Deserialize<T>(payload, json)!;

    private static void Bind(SqliteCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("$s", stateName);
        command.Parameters.AddWithValue("$g", grainId.ToString());
    }

    private static InconsistentStateException Conflict(SqliteConnection db, string stateName, GrainId grainId, string? expected)
    {
        using var read = db.CreateCommand();
        read.CommandText = "SELECT etag FROM grain_state WHERE state_name = $s AND grain_id = $g";
        Bind(read, stateName, grainId);
        var stored = read.ExecuteScalar() is long version ? version.ToString(CultureInfo.InvariantCulture) : "none";
        return new InconsistentStateException(
            $"state {stateName} of {grainId} was written elsewhere (stored version {stored}, expected {expected ?? "none"})",
            stored, expected ?? "none");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage {Name} opened at {Path}")]
    private static partial void LogOpened(ILogger logger, string name, string path);
}

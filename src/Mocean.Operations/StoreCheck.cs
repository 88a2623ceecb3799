using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mocean.Ocean;
using Mocean.Ocean.World;
using Mocean.OceanHosting;

namespace Mocean.Operations;

/// <summary>
/// Reads the server's SQLite stores before anything uses them: <c>ocean.db</c> (the oceans, the players; every stored
/// ocean is read back as the game would) and <c>steps.db</c>. A store the server cannot read (empty, truncated,
/// garbage in a page, an ocean that is not JSON) is one line naming the file and the way back, so the server
/// stops before any service starts instead of answering 500 (or starting with no players and saying nothing).
/// <c>restore</c> checks what it unpacks the same way.
/// </summary>
public static class StoreCheck
{
    public const string StepsFile = "steps.db";

    /// <summary>The first unreadable store in <paramref name="dataDir"/>, as one line naming it and the way back; null when all read.</summary>
    public static string? Problem(string dataDir) =>
        Sqlite(Path.Combine(dataDir, GrainStorage.FileName), "the game's", Oceans)
        ?? Sqlite(Path.Combine(dataDir, StepsFile), "Steps'", null);

    /// <summary>The line for a store that cannot be read.</summary>
    public static string Unreadable(string what, string file, string why) =>
        $"{what} store {file} cannot be read ({Clip(why)}): restore a backup (mocean-server restore FILE --data-dir DIR --replace), or move the file aside to start afresh without it";

    private static string? Sqlite(string file, string what, Func<SqliteConnection, string?>? rows)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        if (new FileInfo(file).Length == 0)
        {
            return Unreadable(what, file, "it is empty");
        }

        try
        {
            using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            db.Open();
            using var check = db.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            var verdict = check.ExecuteScalar() as string;
            if (verdict != "ok")
            {
                return Unreadable(what, file, "damaged: " + verdict);
            }

            return rows?.Invoke(db) is { } bad ? Unreadable(what, file, bad) : null;
        }
        catch (SqliteException failure)
        {
            return Unreadable(what, file, failure.Message);
        }
    }

    /// <summary>Every stored state read back: each ocean as the game loads it, the rest as JSON.</summary>
    private static string? Oceans(SqliteConnection db)
    {
        using var table = db.CreateCommand();
        table.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'grain_state'";
        if (table.ExecuteScalar() is 0L)
        {
            return null;
        }

        using var read = db.CreateCommand();
        read.CommandText = "SELECT state_name, grain_id, payload FROM grain_state";
        using var row = read.ExecuteReader();
        while (row.Read())
        {
            var (state, grain, payload) = (row.GetString(0), row.GetString(1), row.GetFieldValue<byte[]>(2));
            try
            {
                if (state == OceanParts.Core)
                {
                    var record = OceanParts.Load(name => name == state ? payload : Row(db, name, grain))!;
                    _ = OceanGame.FromSnapshot(record.Snapshot, TimeProvider.System, new SplitMix64(0));
                }
                else
                {
                    using var _ = JsonDocument.Parse(payload);
                }
            }
            catch (Exception unreadable) when (unreadable is JsonException or FormatException or InvalidOperationException
                or ArgumentException or KeyNotFoundException or OverflowException or NullReferenceException)
            {
                return $"its {state} {grain} cannot be read: {unreadable.Message}";
            }
        }

        return null;
    }

    private static byte[]? Row(SqliteConnection db, string state, string grain)
    {
        using var read = db.CreateCommand();
        read.CommandText = "SELECT payload FROM grain_state WHERE state_name = $s AND grain_id = $g";
        read.Parameters.AddWithValue("$s", state);
        read.Parameters.AddWithValue("$g", grain);
        return read.ExecuteScalar() as byte[];
    }

    private static string Clip(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 200 ? line : line[..197] + "...";
    }
}

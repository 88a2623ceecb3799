using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Steps.Duck;

namespace Mocean.Server.Steps;

/// <summary>
/// Steps' store of one server: <c>steps.db</c> (SQLite) in the data directory.
/// One connection, used under a lock: every operation is a few rows.
/// </summary>
public sealed class SqliteStepsStore : StepsStore
{
    private readonly SqliteConnection connection;
    private readonly MoceanClock clock;
    private readonly Lock gate = new();

    public SqliteStepsStore(IOptions<StoreOptions> options, MoceanClock clock)
    {
        this.clock = clock;
        Directory.CreateDirectory(options.Value.DataPath);
        Path = System.IO.Path.Combine(options.Value.DataPath, "steps.db");
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA wal_autocheckpoint = 1000;
            PRAGMA journal_size_limit = 4194304;
            CREATE TABLE IF NOT EXISTS solves (name TEXT NOT NULL, route TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (name, route));
            CREATE TABLE IF NOT EXISTS duck_games (name TEXT PRIMARY KEY, r REAL NOT NULL, a REAL NOT NULL, b REAL NOT NULL, moves INTEGER NOT NULL, ending INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS duck_wins (name TEXT NOT NULL, moves INTEGER NOT NULL, at TEXT NOT NULL);
            """);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public override void RecordSolve(string name, string route) =>
        Execute("INSERT OR IGNORE INTO solves (name, route, at) VALUES ($name, $route, $at)",
            ("$name", name), ("$route", route), ("$at", Now()));

    public override IReadOnlyList<Solve> Solves() =>
        Query("SELECT name, route, at FROM solves ORDER BY at, name, route",
            row => new Solve(row.GetString(0), row.GetString(1), Time(row.GetString(2))));

    public override (DuckGame Before, DuckGame After) UpdateDuck(string name, Func<DuckGame, DuckGame> change)
    {
        lock (gate)
        {
            var before = Query("SELECT r, a, b, moves, ending FROM duck_games WHERE name = $name",
                row => new DuckGame(new DuckState(row.GetDouble(0), row.GetDouble(1), row.GetDouble(2)), row.GetInt32(3), (DuckEnding)row.GetInt32(4)),
                ("$name", name)).FirstOrDefault() ?? DuckGame.New;
            var after = change(before);
            if (after != before)
            {
                Execute("INSERT OR REPLACE INTO duck_games (name, r, a, b, moves, ending) VALUES ($name, $r, $a, $b, $moves, $ending)",
                    ("$name", name), ("$r", after.State.R), ("$a", after.State.A), ("$b", after.State.B),
                    ("$moves", after.Moves), ("$ending", (int)after.Ending));
                if (after.Ending == DuckEnding.Escaped && before.Ending == DuckEnding.None)
                {
                    Execute("INSERT INTO duck_wins (name, moves, at) VALUES ($name, $moves, $at)",
                        ("$name", name), ("$moves", after.Moves), ("$at", Now()));
                }
            }

            return (before, after);
        }
    }

    public override IReadOnlyList<DuckWin> Leaderboard() =>
        Query("SELECT name, MIN(moves), at FROM duck_wins GROUP BY name ORDER BY 2, 3, name",
            row => new DuckWin(row.GetString(0), row.GetInt32(1), Time(row.GetString(2))));

    public override void ClearAll() => Execute("DELETE FROM solves; DELETE FROM duck_games; DELETE FROM duck_wins;");

    public override void Dispose() => connection.Dispose();

    private string Now() => clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        lock (gate)
        {
            using var command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        lock (gate)
        {
            using var command = Command(sql, parameters);
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }

    private SqliteCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}

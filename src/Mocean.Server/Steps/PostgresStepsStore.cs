using Mocean.OceanHosting;
using Mocean.Steps.Duck;
using Npgsql;

namespace Mocean.Server.Steps;

/// <summary>
/// Steps' store in a cluster: the tables <c>mocean_solves</c>, <c>mocean_duck_games</c> and <c>mocean_duck_wins</c>
/// of the cluster's PostgreSQL database (made by <c>ClusterSchema</c>), the same rows as <see cref="SqliteStepsStore"/>
/// keeps. Times are stored to the millisecond, as there, so every server's replies are the same as one server's.
/// A name's duck game changes under a transaction-scoped advisory lock on the name, so two requests to two servers
/// cannot both move from the same place.
/// </summary>
public sealed class PostgresStepsStore(NpgsqlDataSource store, MoceanClock clock) : StepsStore
{
    public override void RecordSolve(string name, string route) =>
        Execute("INSERT INTO mocean_solves (name, route, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", name, route, Now());

    public override IReadOnlyList<Solve> Solves()
    {
        using var command = store.CreateCommand("SELECT name, route, at FROM mocean_solves ORDER BY at, name COLLATE \"C\", route COLLATE \"C\"");
        using var row = command.ExecuteReader();
        var solves = new List<Solve>();
        while (row.Read())
        {
            solves.Add(new Solve(row.GetString(0), row.GetString(1), row.GetFieldValue<DateTimeOffset>(2)));
        }

        return solves;
    }

    public override (DuckGame Before, DuckGame After) UpdateDuck(string name, Func<DuckGame, DuckGame> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Run(connection, "SELECT pg_advisory_xact_lock(hashtext('mocean duck ' || $1))", name);
        DuckGame before;
        using (var read = new NpgsqlCommand("SELECT r, a, b, moves, ending FROM mocean_duck_games WHERE name = $1", connection))
        {
            read.Parameters.Add(new NpgsqlParameter { Value = name });
            using var row = read.ExecuteReader();
            before = row.Read()
                ? new DuckGame(new DuckState(row.GetDouble(0), row.GetDouble(1), row.GetDouble(2)), row.GetInt32(3), (DuckEnding)row.GetInt32(4))
                : DuckGame.New;
        }

        var after = change(before);
        if (after != before)
        {
            Run(connection, """
                INSERT INTO mocean_duck_games (name, r, a, b, moves, ending) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (name) DO UPDATE SET r = $2, a = $3, b = $4, moves = $5, ending = $6
                """, name, after.State.R, after.State.A, after.State.B, after.Moves, (int)after.Ending);
            if (after.Ending == DuckEnding.Escaped && before.Ending == DuckEnding.None)
            {
                Run(connection, "INSERT INTO mocean_duck_wins (name, moves, at) VALUES ($1, $2, $3)", name, after.Moves, Now());
            }
        }

        transaction.Commit();
        return (before, after);
    }

    public override IReadOnlyList<DuckWin> Leaderboard()
    {
        using var command = store.CreateCommand("""
            SELECT name, moves, at FROM (SELECT DISTINCT ON (name) name, moves, at FROM mocean_duck_wins ORDER BY name, moves, at) best
            ORDER BY moves, at, name COLLATE "C"
            """);
        using var row = command.ExecuteReader();
        var wins = new List<DuckWin>();
        while (row.Read())
        {
            wins.Add(new DuckWin(row.GetString(0), row.GetInt32(1), row.GetFieldValue<DateTimeOffset>(2)));
        }

        return wins;
    }

    public override void ClearAll()
    {
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Run(connection, "DELETE FROM mocean_solves; DELETE FROM mocean_duck_games; DELETE FROM mocean_duck_wins;");
        transaction.Commit();
    }

    /// <summary>The data source is the cluster's, shared with other services: nothing of this store's own to let go.</summary>
    public override void Dispose()
    {
    }

    /// <summary>The server's clock to the millisecond, as <see cref="SqliteStepsStore"/> keeps times.</summary>
    private DateTimeOffset Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private void Execute(string sql, params object[] values)
    {
        using var connection = store.OpenConnection();
        Run(connection, sql, values);
    }

    private static void Run(NpgsqlConnection connection, string sql, params object[] values)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        command.ExecuteNonQuery();
    }
}

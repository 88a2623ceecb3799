using System.Globalization;
using DuckDB.NET.Data;

namespace Mocean.Research.Store;

/// <summary>
/// The rows of a query kept in a temporary table for a reply that writes column after column (NetCDF): how many there
/// are, the longest text of a column, and each column read in row order. Disposing it drops the table.
/// </summary>
public sealed class ColumnSource : IDisposable
{
    private readonly DuckStore store;
    private readonly DuckDBConnection connection;
    private readonly string table;
    private readonly CancellationToken cancel;
    private bool clean = true;

    internal ColumnSource(DuckStore store, DuckDBConnection connection, string table, CancellationToken cancel)
    {
        this.store = store;
        this.connection = connection;
        this.table = table;
        this.cancel = cancel;
        Rows = Scalar($"SELECT count(*) FROM {table}");
    }

    /// <summary>How many rows the query answered.</summary>
    public long Rows { get; }

    /// <summary>The length in UTF-8 bytes of the longest text of a column.</summary>
    public long TextBytes(string column) => Scalar($"SELECT coalesce(max(strlen({DuckStore.Quote(column)})), 0) FROM {table}");

    /// <summary>The smallest and largest value of a number or time column (NaN aside), nulls when it has none.</summary>
    public (object? Min, object? Max) Range(string column, bool floating)
    {
        var value = floating ? $"CASE WHEN isnan({DuckStore.Quote(column)}) THEN NULL ELSE {DuckStore.Quote(column)} END" : DuckStore.Quote(column);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT min({value}), max({value}) FROM {table}";
        using (new Interruption(command, cancel))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            return (reader.IsDBNull(0) ? null : reader.GetValue(0), reader.IsDBNull(1) ? null : reader.GetValue(1));
        }
    }

    /// <summary>How many rows each value of <paramref name="group"/> has, in the order of the values (missing last).</summary>
    public IReadOnlyList<long> Groups(string group)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table} GROUP BY {DuckStore.Quote(group)} ORDER BY {DuckStore.Quote(group)} NULLS LAST";
        var counts = new List<long>();
        using (new Interruption(command, cancel))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                counts.Add(reader.GetInt64(0));
            }
        }

        return counts;
    }

    /// <summary>True when <paramref name="column"/> holds one value (or is missing throughout) within each value of <paramref name="group"/>.</summary>
    public bool ConstantWithin(string column, string group) => Scalar(
        $"SELECT count(*) FROM (SELECT 1 FROM {table} GROUP BY {DuckStore.Quote(group)} HAVING count(DISTINCT {DuckStore.Quote(column)}) > 1 OR (count({DuckStore.Quote(column)}) > 0 AND count({DuckStore.Quote(column)}) < count(*)))") == 0;

    /// <summary>
    /// The values of one column (dispose the result before reading another): in row order; with <paramref name="group"/>,
    /// the rows of each value of that column together, in the order of <see cref="Groups"/>, each in row order; with
    /// <paramref name="firstOfGroup"/> too, one value for each group, its first row's.
    /// </summary>
    public QueryResult Read(string column, string? group = null, bool firstOfGroup = false)
    {
        var command = connection.CreateCommand();
        var name = DuckStore.Quote(column);
        command.CommandText = group is null ? $"SELECT {name} FROM {table}"
            : firstOfGroup ? $"SELECT first({name} ORDER BY rowid) FROM {table} GROUP BY {DuckStore.Quote(group)} ORDER BY {DuckStore.Quote(group)} NULLS LAST"
            : $"SELECT {name} FROM {table} ORDER BY {DuckStore.Quote(group)} NULLS LAST, rowid";
        command.UseStreamingMode = true;
        var interruption = new Interruption(command, cancel);
        try
        {
            return new QueryResult(command.ExecuteReader(), new Done(interruption, command));
        }
        catch (DuckDBException e)
        {
            interruption.Dispose();
            command.Dispose();
            clean = false;
            throw DuckStore.Refused(e, cancel);
        }
    }

    public void Dispose()
    {
        try
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP TABLE IF EXISTS {table}";
            drop.ExecuteNonQuery();
        }
        catch (DuckDBException)
        {
            clean = false;
        }

        store.Give(connection, clean && !cancel.IsCancellationRequested);
    }

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using (new Interruption(command, cancel))
        {
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    private sealed class Done(Interruption interruption, DuckDBCommand command) : IDisposable
    {
        public void Dispose()
        {
            interruption.Dispose();
            command.Dispose();
        }
    }
}

/// <summary>The column-by-column reads of <see cref="DuckStore"/>.</summary>
public sealed partial class DuckStore
{
    public ColumnSource Columns(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel)
    {
        var connection = Rent();
        var table = Quote("columns_" + Guid.NewGuid().ToString("N"));
        try
        {
            Execute(connection, $"CREATE TEMP TABLE {table} AS {sql}", cancel, [.. parameters]);
            return new ColumnSource(this, connection, table, cancel);
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw Refused(e, cancel);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Takes back a connection a <see cref="ColumnSource"/> used.</summary>
    internal void Give(DuckDBConnection connection, bool reusable) => Return(connection, reusable);
}

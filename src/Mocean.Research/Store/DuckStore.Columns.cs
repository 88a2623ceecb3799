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

    /// <summary>The values of one column in row order (dispose the result before reading another).</summary>
    public QueryResult Read(string column)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DuckStore.Quote(column)} FROM {table}";
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

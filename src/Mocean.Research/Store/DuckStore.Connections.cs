using System.Globalization;
using DuckDB.NET.Data;

namespace Mocean.Research.Store;

/// <summary>The reads of <see cref="DuckStore"/> and their connections: a few kept idle for the next query, each returned when its query ends cleanly.</summary>
public sealed partial class DuckStore
{
    public QueryResult Query(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel, bool streaming = false)
    {
        var connection = Rent();
        try
        {
            var command = Command(connection, sql, parameters);
            command.UseStreamingMode = streaming;
            var registration = new Interruption(command, cancel);
            try
            {
                var reader = command.ExecuteReader();
                return new QueryResult(reader, new Owned(this, registration, command, connection, cancel));
            }
            catch
            {
                registration.Dispose();
                command.Dispose();
                throw;
            }
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

    public long Count(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel)
    {
        var connection = Rent();
        var reusable = false;
        try
        {
            using var command = Command(connection, sql, parameters);
            using (new Interruption(command, cancel))
            {
                var count = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
                reusable = true;
                return count;
            }
        }
        catch (DuckDBException e)
        {
            throw Refused(e, cancel);
        }
        finally
        {
            Return(connection, reusable && !cancel.IsCancellationRequested);
        }
    }

    /// <summary>An idle reader connection, or a new one.</summary>
    private DuckDBConnection Rent() => idle.TryTake(out var connection) ? connection : Open();

    /// <summary>Keeps a connection for the next query when it finished cleanly (never one a cancellation may have interrupted).</summary>
    private void Return(DuckDBConnection connection, bool reusable)
    {
        if (reusable && idle.Count < IdleCap)
        {
            idle.Add(connection);
        }
        else
        {
            connection.Dispose();
        }
    }

    /// <summary>Another connection to the same database instance (the root connection keeps it open).</summary>
    private DuckDBConnection Open()
    {
        var connection = new DuckDBConnection(connectionString);
        connection.Open();
        return connection;
    }

    private sealed class Owned(DuckStore store, Interruption registration, DuckDBCommand command, DuckDBConnection connection, CancellationToken cancel) : IDisposable
    {
        public void Dispose()
        {
            // Once the interruption is over no cancellation can reach the connection; one that came earlier may have interrupted it.
            registration.Dispose();
            command.Dispose();
            store.Return(connection, !cancel.IsCancellationRequested);
        }
    }
}

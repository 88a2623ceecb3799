using System.Data.Common;
using Mocean.Research.Catalog;

namespace Mocean.Research.Store;

/// <summary>Adds rows to a table being built; values in the descriptor's column order (null for missing).</summary>
public interface IRowSink
{
    void Add(ReadOnlySpan<object?> values);
}

/// <summary>A data set as the store holds it: its descriptor, row count and when it was built.</summary>
public sealed record StoredDataset(DatasetDescriptor Descriptor, long Rows, DateTimeOffset BuiltAt);

/// <summary>
/// The embedded analytical store behind the data service. One writer (builds are serialised), any number
/// of readers. Every value reaches the database as a parameter; SQL text comes only from our query planner,
/// whose identifiers are the descriptor's checked column names.
/// </summary>
public interface IDataStore : IDisposable
{
    /// <summary>Builds the data set into a staging table with <paramref name="fill"/>, then swaps it in whole.</summary>
    StoredDataset Replace(DatasetDescriptor descriptor, Action<IRowSink> fill, DateTimeOffset builtAt);

    /// <summary>The published data sets.</summary>
    IReadOnlyList<StoredDataset> Datasets();

    /// <summary>
    /// Runs a query; the result owns its connection and must be disposed. With <paramref name="streaming"/> the rows
    /// are produced while they are read (the result is never held whole), so reading may also fail.
    /// </summary>
    QueryResult Query(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel, bool streaming = false);

    /// <summary>Runs a query that answers one number.</summary>
    long Count(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel);

    /// <summary>
    /// Writes a consistent copy of the whole store to <paramref name="targetPath"/> while the store stays open:
    /// no build runs meanwhile, and the copy is a checkpointed database file that opens on its own.
    /// </summary>
    void SnapshotTo(string targetPath);

    /// <summary>Runs a query into a temporary table to be read column by column (NetCDF replies); disposing the source drops it.</summary>
    ColumnSource Columns(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel);

    /// <summary>
    /// Appends rows (values in the descriptor's column order) to a data set that grows while it is published, creating it
    /// when it is new; its catalogue entry (descriptor, row count) follows.
    /// </summary>
    StoredDataset Append(DatasetDescriptor descriptor, IEnumerable<object?[]> rows, DateTimeOffset at);

    /// <summary>Drops a growing data set's rows older than <paramref name="olderThan"/>, and the oldest beyond <paramref name="keepRows"/>; answers how many.</summary>
    long Trim(DatasetDescriptor descriptor, DateTime olderThan, long keepRows, DateTimeOffset at);

    /// <summary>
    /// Defines (or redefines) a view of a data set's rows: those matching <paramref name="where"/> (SQL of the host's own,
    /// never a request's), the <paramref name="hidden"/> columns emptied. Queries read it in place of the table. The data set's
    /// table is created (empty, not yet published) if it does not exist, so the view can be there before the first row.
    /// </summary>
    void DefineView(string view, DatasetDescriptor descriptor, string where, IReadOnlyCollection<string> hidden);

    /// <summary>Writes the rows of a query to a Parquet file.</summary>
    void ExportParquet(string sql, IReadOnlyList<object?> parameters, string path, CancellationToken cancel);
}

/// <summary>The rows of a running query; disposing it ends the query and frees its connection.</summary>
public sealed class QueryResult(DbDataReader reader, IDisposable owner) : IDisposable
{
    public DbDataReader Reader { get; } = reader;

    public void Dispose()
    {
        Reader.Dispose();
        owner.Dispose();
    }
}

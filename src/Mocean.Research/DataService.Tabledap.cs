using System.Data.Common;
using Mocean.Research.Formats;
using Mocean.Research.Query;
using Mocean.Research.Store;

namespace Mocean.Research;

/// <summary>
/// Answering tabledap: a data set's <c>info</c> rows, and running a planned query within <see cref="Limits"/> (counted
/// first, refused over the cap, given a deadline), its blocking database work on the <see cref="QueryGate"/>.
/// </summary>
public sealed partial class DataService
{
    /// <summary>Rows <see cref="ReadAsync"/> reads in one turn of the gate.</summary>
    private const int ChunkRows = 4096;

    private readonly QueryGate queryGate = new(QueryGate.DefaultWorkers);

    /// <summary>The row cap and the time-out of one query.</summary>
    public QueryLimits Limits { get; }

    /// <summary>The rows of a data set's ERDDAP <c>info</c> table: its attributes and variables.</summary>
    public IReadOnlyList<InfoRow> Info(StoredDataset stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return InfoTable.Rows(stored.Descriptor, Ranges(stored));
    }

    /// <summary>The time a query of <paramref name="request"/> has: its token ends when the request goes away or the time-out passes.</summary>
    public CancellationTokenSource Deadline(CancellationToken request)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(request);
        deadline.CancelAfter(Limits.Timeout);
        return deadline;
    }

    /// <summary>
    /// Counts the rows <paramref name="plan"/> answers and refuses it when there are none (404) or more than the cap (413);
    /// a <paramref name="chart"/> has the smaller cap of charts. Functions (<paramref name="functions"/>) only ever shrink
    /// the rows matched, so the cheap count of matching rows decides unless it passes the cap.
    /// </summary>
    public async Task<long> AdmitAsync(QueryPlan plan, bool functions, bool chart, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var cap = Limits.CapFor(chart);
        var count = await queryGate.RunAsync(() =>
        {
            var matching = Store.Count(plan.MatchingSql, plan.MatchingParameters, cancel);
            return matching > cap && functions ? Store.Count(plan.CountSql, plan.Parameters, cancel) : matching;
        }, cancel).ConfigureAwait(false);
        return Limits.Refusal(count, cap) is { } refusal ? throw refusal : count;
    }

    /// <summary>Starts <paramref name="plan"/> as a streaming query (its rows produced while they are read).</summary>
    public Task<QueryResult> OpenAsync(QueryPlan plan, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return queryGate.RunAsync(() => Store.Query(plan.Sql, plan.Parameters, cancel, streaming: true), cancel);
    }

    /// <summary>
    /// Reads every row of a query started by <see cref="OpenAsync"/> (and admitted first: the row cap bounds them) into a
    /// list, each chunk of rows read on the gate.
    /// </summary>
    public async Task<IReadOnlyList<T>> ReadAsync<T>(QueryResult result, Func<DbDataReader, T> row, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(row);
        var rows = new List<T>();
        bool Chunk()
        {
            for (var i = 0; i < ChunkRows; i++)
            {
                if (!TableWriter.Read(result.Reader, cancel))
                {
                    return false;
                }

                rows.Add(row(result.Reader));
            }

            return true;
        }

        while (await queryGate.RunAsync(Chunk, cancel).ConfigureAwait(false))
        {
        }

        return rows;
    }

    /// <summary>Streams the rows of a query started by <see cref="OpenAsync"/> in a text format, each chunk read on the gate.</summary>
    public Task WriteAsync(QueryResult result, IReadOnlyList<OutputColumn> columns, TableFormat format, Stream body, CancellationToken cancel) =>
        TableWriter.WriteAsync(result, columns, format, body, cancel, queryGate);

    /// <summary>Keeps the rows of <paramref name="plan"/> in the store to be read column by column (the NetCDF replies).</summary>
    public Task<ColumnSource> ColumnsAsync(QueryPlan plan, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return queryGate.RunAsync(() => Store.Columns(plan.Sql, plan.Parameters, cancel), cancel);
    }

    /// <summary>Writes the rows of <paramref name="plan"/> to a Parquet file (blocking: the caller runs it apart).</summary>
    public void ExportParquet(QueryPlan plan, string path, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Store.ExportParquet(plan.Sql, plan.Parameters, path, cancel);
    }

    /// <summary>Draws the first two variables of <paramref name="plan"/> (x, then y) as a PNG chart (blocking: the caller runs it apart).</summary>
    public void DrawChart(QueryPlan plan, string title, string path, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Columns.Count < 2)
        {
            throw QueryException.Bad("a .png chart needs two variables (x first, then y), e.g. temperature,depth");
        }

        var x = new List<double>();
        var y = new List<double>();
        using (var result = Store.Query(plan.Sql, plan.Parameters, cancel))
        {
            var reader = result.Reader;
            while (reader.Read())
            {
                x.Add(Chart.Value(reader, 0, plan.Columns[0].Type));
                y.Add(Chart.Value(reader, 1, plan.Columns[1].Type));
            }
        }

        Chart.Write(path, title, plan.Columns, [.. x], [.. y]);
    }
}

using DuckDB.NET.Data;
using Mocean.Research.Catalog;

namespace Mocean.Research.Store;

/// <summary>Appends converted rows (double, long, string, DateTime or null per column) to a staging table.</summary>
internal sealed class AppenderSink(DuckDBAppender appender, IReadOnlyList<ColumnDescriptor> columns) : IRowSink
{
    public long Rows { get; private set; }

    public void Add(ReadOnlySpan<object?> values)
    {
        var row = appender.CreateRow();
        for (var i = 0; i < columns.Count; i++)
        {
            switch (values[i])
            {
                case null:
                    row.AppendNullValue();
                    break;
                case double number:
                    row.AppendValue(number);
                    break;
                case long whole:
                    row.AppendValue(whole);
                    break;
                case float single:
                    row.AppendValue(single);
                    break;
                case int whole:
                    row.AppendValue(whole);
                    break;
                case short whole:
                    row.AppendValue(whole);
                    break;
                case sbyte whole:
                    row.AppendValue(whole);
                    break;
                case DateTime time:
                    row.AppendValue(time);
                    break;
                case string text:
                    row.AppendValue(text);
                    break;
                default:
                    throw new InvalidOperationException($"column {columns[i].Name}: no appender for {values[i]!.GetType().Name}");
            }
        }

        row.EndRow();
        Rows++;
    }
}

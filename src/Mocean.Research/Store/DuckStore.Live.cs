using System.Text.Json;
using DuckDB.NET.Data;
using Mocean.Research.Catalog;

namespace Mocean.Research.Store;

/// <summary>Data sets that grow while they are published (a game's record): rows appended, the oldest trimmed, a public view.</summary>
public sealed partial class DuckStore
{
    public StoredDataset Append(DatasetDescriptor descriptor, IEnumerable<object?[]> rows, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(rows);
        DescriptorRules.Check(descriptor);
        lock (writer)
        {
            using var connection = Open();
            CreateTable(connection, descriptor);
            using (var appender = connection.CreateAppender(descriptor.TableName))
            {
                var sink = new AppenderSink(appender, descriptor.Columns);
                foreach (var row in rows)
                {
                    sink.Add(row);
                }
            }

            return Catalogue(connection, descriptor, at);
        }
    }

    public long Trim(DatasetDescriptor descriptor, DateTime olderThan, long keepRows, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var time = Quote(descriptor.TimeColumn ?? throw new ArgumentException("a growing data set needs a time column", nameof(descriptor)));
        lock (writer)
        {
            using var connection = Open();
            var table = Quote(descriptor.TableName);
            using var delete = Command(connection, $"""
                DELETE FROM {table} WHERE {time} < $1 OR {time} < (
                  SELECT min({time}) FROM (SELECT {time} FROM {table} ORDER BY {time} DESC LIMIT $2))
                """, [olderThan, Math.Max(1, keepRows)]);
            var removed = delete.ExecuteNonQuery();
            if (removed > 0)
            {
                Catalogue(connection, descriptor, at);
            }

            return removed;
        }
    }

    public void DefineView(string view, DatasetDescriptor descriptor, string where, IReadOnlyCollection<string> hidden)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(hidden);
        var replace = hidden.Count == 0 ? "*"
            : $"* REPLACE ({string.Join(", ", hidden.Select(h => $"CAST(NULL AS {DataTypes.Sql(descriptor.Column(h)!)}) AS {Quote(h)}"))})";
        lock (writer)
        {
            using var connection = Open();
            CreateTable(connection, descriptor);
            Execute(connection, $"CREATE OR REPLACE VIEW {Quote(view)} AS SELECT {replace} FROM {Quote(descriptor.TableName)} WHERE {where}");
        }
    }

    private static void CreateTable(DuckDBConnection connection, DatasetDescriptor descriptor)
    {
        var columns = string.Join(", ", descriptor.Columns.Select(c => $"{Quote(c.Name)} {DataTypes.Sql(c)}"));
        Execute(connection, $"CREATE TABLE IF NOT EXISTS {Quote(descriptor.TableName)} ({columns})");
    }

    /// <summary>The data set's catalogue row as it is now (descriptor, row count); the caller holds the writer lock.</summary>
    private static StoredDataset Catalogue(DuckDBConnection connection, DatasetDescriptor descriptor, DateTimeOffset at)
    {
        long rows;
        using (var count = connection.CreateCommand())
        {
            count.CommandText = $"SELECT count(*) FROM {Quote(descriptor.TableName)}";
            rows = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        Execute(connection, """
            INSERT INTO catalog VALUES ($1, $2, $3, $4)
            ON CONFLICT (id) DO UPDATE SET descriptor = excluded.descriptor, row_count = excluded.row_count, built_at = excluded.built_at
            """, descriptor.Id, JsonSerializer.Serialize(descriptor, DescriptorJson), rows, at.UtcDateTime);
        return new StoredDataset(descriptor, rows, at);
    }
}

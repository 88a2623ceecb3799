using System.Data.Common;
using DuckDB.NET.Data;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>Reads a Parquet reply as a researcher's tool would: DuckDB over the downloaded file.</summary>
public static class ParquetReply
{
    /// <summary>The reply of <paramref name="url"/>, selecting <paramref name="columns"/>, one line per row.</summary>
    public static async Task<List<string>> RowsAsync(HttpClient client, string url, string columns, Func<DbDataReader, string> row)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mocean-test-{Guid.NewGuid():N}.parquet");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync(url));
        try
        {
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {columns} FROM read_parquet('{path}')";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(row(reader));
            }

            return rows;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

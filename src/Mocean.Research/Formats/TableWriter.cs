using System.Data.Common;
using Mocean.Research.Query;
using Mocean.Research.Store;

namespace Mocean.Research.Formats;

/// <summary>Streams the rows of a running query in a text format, in chunks, while the query runs.</summary>
public static class TableWriter
{
    /// <summary>Chunks are sent once this many characters are gathered.</summary>
    public const int ChunkChars = 48 * 1024;

    /// <summary>
    /// Writes the rows of <paramref name="result"/> to <paramref name="body"/>. With a <paramref name="gate"/>, each chunk is
    /// read on one of its workers (reading a streaming query waits for the database), and sent from the caller.
    /// </summary>
    public static async Task WriteAsync(QueryResult result, IReadOnlyList<OutputColumn> columns, TableFormat format, Stream body, CancellationToken cancel, QueryGate? gate = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(format);
        var reader = result.Reader;
        var buffer = new TextBuffer();
        format.Begin(buffer, columns);
        var first = true;
        bool Fill()
        {
            while (buffer.Length <= ChunkChars)
            {
                if (!Read(reader, cancel))
                {
                    return false;
                }

                format.Row(buffer, reader, columns, first);
                first = false;
            }

            return true;
        }

        while (gate is null ? Fill() : await gate.RunAsync(Fill, cancel).ConfigureAwait(false))
        {
            await buffer.FlushAsync(body, cancel).ConfigureAwait(false);
        }

        format.End(buffer);
        await buffer.FlushAsync(body, cancel).ConfigureAwait(false);
    }

    /// <summary>The next row of a streaming query, whose failures (a time-out, a value it cannot convert) come while reading.</summary>
    internal static bool Read(DbDataReader reader, CancellationToken cancel)
    {
        try
        {
            return reader.Read();
        }
        catch (DbException e)
        {
            throw DuckStore.Refused(e, cancel);
        }
    }
}

using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Mocean.Research.Query;
using Mocean.Research.Store;

namespace Mocean.Research.Teaching;

/// <summary>How <c>/api/lookup</c> names an element: by name or symbol (any case), or by atomic number.</summary>
public enum ElementKey
{
    Name,
    Symbol,
    Number,
}

/// <summary>
/// The teaching API's reads from the store, each written as the whole JSON reply the original sent: a profile of the
/// profile table, the sensor records of the CTD series between two times, one element of the periodic table. Their SQL
/// is written here, with the store, and every value reaches it as a parameter; each read runs on the data
/// service's <see cref="QueryGate"/>.
/// </summary>
public sealed class TeachingReads(IDataStore store, QueryGate gate)
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";
    private static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("Timestamp");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Depth = JsonEncodedText.Encode("depth");
    private static readonly JsonEncodedText Temp = JsonEncodedText.Encode("temp");
    private static readonly JsonEncodedText Salinity = JsonEncodedText.Encode("salinity");

    private static readonly (JsonEncodedText Time, JsonEncodedText Depth)[] ProfileKeys =
        [.. new[] { "rest start", "ascent start", "peak", "descent start", "descent end" }
            .Select(n => (JsonEncodedText.Encode(n + " time"), JsonEncodedText.Encode(n + " depth")))];

    /// <summary>Profile <paramref name="index"/> (1..9) of January <paramref name="day"/>, or null when the table has no such row.</summary>
    public Task<byte[]?> ProfileAsync(StoredDataset stored, long day, long index, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return gate.RunAsync(() => Profile(stored, day, index, cancel), cancel);
    }

    private byte[]? Profile(StoredDataset stored, long day, long index, CancellationToken cancel)
    {
        using var result = store.Query(
            $"SELECT rest_start_time, rest_start_depth, time, ascent_start_depth, peak_time, peak_depth, descent_start_time, descent_start_depth, descent_end_time, descent_end_depth FROM {Table(stored)} WHERE profile = $1",
            [((day - 1) * 9) + index - 1], cancel);
        var reader = result.Reader;
        if (!reader.Read())
        {
            return null;
        }

        return Write(writer =>
        {
            writer.WriteStartObject();
            for (var i = 0; i < ProfileKeys.Length; i++)
            {
                WriteTime(writer, ProfileKeys[i].Time, reader, i * 2);
                WriteNumber(writer, ProfileKeys[i].Depth, reader, (i * 2) + 1);
            }

            WriteTime(writer, Id, reader, 2);
            writer.WriteEndObject();
        });
    }

    /// <summary>The temperature and salinity records from <paramref name="start"/> up to <paramref name="stop"/>, in time order.</summary>
    public Task<byte[]> SensorsAsync(StoredDataset stored, DateTime start, DateTime stop, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return gate.RunAsync(() => Sensors(stored, start, stop, cancel), cancel);
    }

    private byte[] Sensors(StoredDataset stored, DateTime start, DateTime stop, CancellationToken cancel)
    {
        using var result = store.Query(
            $"SELECT time, depth, temperature, salinity FROM {Table(stored)} WHERE time >= $1 AND time < $2 ORDER BY time",
            [start, stop], cancel);
        var reader = result.Reader;
        Span<char> time = stackalloc char[TimeFormat.Length + 8];
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartArray();
            while (reader.Read())
            {
                var length = FormatTime(reader, 0, time);
                for (var column = 2; column <= 3; column++)
                {
                    writer.WriteStartObject();
                    writer.WriteString(Timestamp, time[..length]);
                    writer.WriteString(Id, time[..length]);
                    WriteNumber(writer, Depth, reader, 1);
                    WriteNumber(writer, column == 2 ? Temp : Salinity, reader, column);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The one matching element as a list of one document in the original's shape (<see cref="ElementDocument"/>), or null
    /// when none matches (a <see cref="ElementKey.Number"/> must be a whole number like <c>2</c>).
    /// </summary>
    public Task<byte[]?> LookupAsync(StoredDataset stored, ElementKey key, string value, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return gate.RunAsync(() => Lookup(stored, key, value, cancel), cancel);
    }

    private byte[]? Lookup(StoredDataset stored, ElementKey key, string value, CancellationToken cancel)
    {
        if (key == ElementKey.Number && !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        var (condition, parameter) = key switch
        {
            ElementKey.Name => ("lower(Element) = lower($1)", (object)value),
            ElementKey.Symbol => ("lower(Symbol) = lower($1)", value),
            _ => ("AtomicNumber = $1", long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture)),
        };
        var shape = ElementDocument.ShapeOf(store, stored, Table(stored), cancel);
        using var result = store.Query($"SELECT * FROM {Table(stored)} WHERE {condition}", [parameter], cancel);
        var reader = result.Reader;
        if (!reader.Read())
        {
            return null;
        }

        return Write(writer =>
        {
            writer.WriteStartArray();
            ElementDocument.Write(writer, reader, shape);
            writer.WriteEndArray();
        });
    }

    private static string Table(StoredDataset stored) => "\"" + stored.Descriptor.TableName + "\"";

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(output))
        {
            write(writer);
        }

        return output.WrittenSpan.ToArray();
    }

    private static int FormatTime(DbDataReader reader, int i, Span<char> into) =>
        reader.IsDBNull(i) || !reader.GetDateTime(i).TryFormat(into, out var written, TimeFormat, CultureInfo.InvariantCulture) ? 0 : written;

    private static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, DbDataReader reader, int i)
    {
        Span<char> time = stackalloc char[TimeFormat.Length + 8];
        writer.WriteString(name, time[..FormatTime(reader, i, time)]);
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, reader.GetDouble(i));
        }
    }
}

using Mocean.Research.Store;

namespace Mocean.Research.Catalog;

/// <summary>The smallest and largest value of a variable: doubles for numbers, <see cref="DateTime"/> (UTC) for times; null when it has none.</summary>
public sealed record ColumnRange(object? Min, object? Max);

/// <summary>
/// The range of every number and time variable of a published data set (the site's constant columns included):
/// what ERDDAP calls <c>actual_range</c>, read by <c>min()</c>/<c>max()</c> in constraints and by <c>info</c>'s
/// <c>time_coverage_*</c> and <c>geospatial_*</c>. Read with one query when first asked for, then kept with the data set.
/// </summary>
public sealed class DatasetRanges
{
    private readonly Dictionary<string, ColumnRange> ranges;

    private DatasetRanges(Dictionary<string, ColumnRange> ranges) => this.ranges = ranges;

    /// <summary>The range of the variable called <paramref name="name"/>, or null for a text variable or an unknown name.</summary>
    public ColumnRange? For(string name) => ranges.GetValueOrDefault(name);

    /// <summary>Ranges given one by one (those of the rows of a reply).</summary>
    public static DatasetRanges Of(IReadOnlyDictionary<string, ColumnRange> ranges) => new(new Dictionary<string, ColumnRange>(ranges, StringComparer.Ordinal));

    /// <summary>Reads the ranges of <paramref name="descriptor"/>'s stored columns from the store.</summary>
    public static DatasetRanges Read(IDataStore store, DatasetDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(descriptor);
        var ranges = new Dictionary<string, ColumnRange>(StringComparer.Ordinal);
        var measured = descriptor.Columns.Where(c => c.Type != ColumnType.Text).ToList();
        if (measured.Count > 0)
        {
            var select = string.Join(", ", measured.Select(c => $"min({Quote(c.Name)}), max({Quote(c.Name)})"));
            using var result = store.Query($"SELECT {select} FROM {Quote(descriptor.TableName)}", [], CancellationToken.None);
            var reader = result.Reader;
            reader.Read();
            for (var i = 0; i < measured.Count; i++)
            {
                ranges[measured[i].Name] = new ColumnRange(Value(reader, 2 * i, measured[i].Type), Value(reader, (2 * i) + 1, measured[i].Type));
            }
        }

        foreach (var column in SiteColumns.Variables(descriptor))
        {
            if (SiteColumns.Value(descriptor, column) is { } position)
            {
                ranges[column.Name] = new ColumnRange(position, position);
            }
        }

        return new DatasetRanges(ranges);
    }

    private static object? Value(System.Data.Common.DbDataReader reader, int i, ColumnType type) =>
        reader.IsDBNull(i) ? null
        : type == ColumnType.Time ? DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Unspecified)
        : Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

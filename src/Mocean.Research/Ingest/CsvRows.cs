using Mocean.Research.Catalog;

namespace Mocean.Research.Ingest;

/// <summary>Rows of a data set from its CSV files: header names matched to the columns' sources, cells converted.</summary>
internal static class CsvRows
{
    public static IEnumerable<(object?[] Row, double Fraction)> Read(DatasetDescriptor descriptor, Action<string, long, string> reject)
    {
        var totalSize = Math.Max(1, descriptor.Files.Sum(f => new FileInfo(f).Length));
        long done = 0;
        foreach (var file in descriptor.Files)
        {
            var size = new FileInfo(file).Length;
            int[]? map = null;
            var width = 0;
            foreach (var line in CsvSource.Read(file))
            {
                if (line.Broken is { } broken)
                {
                    if (map is null)
                    {
                        throw new DatasetException($"{Path.GetFileName(file)} line {line.Number}, its header: {broken}");
                    }

                    reject(file, line.Number, broken);
                    continue;
                }

                if (map is null)
                {
                    map = Map(descriptor, line.Fields, file);
                    width = line.Fields.Length;
                    continue;
                }

                if (line.Fields.Length != width)
                {
                    reject(file, line.Number, $"{line.Fields.Length} fields where the header has {width}");
                    continue;
                }

                var row = new object?[descriptor.Columns.Count];
                var usable = true;
                for (var c = 0; c < row.Length && usable; c++)
                {
                    var column = descriptor.Columns[c];
                    var cell = line.Fields[map[c]];
                    if (!Values.TryConvert(cell, column, out row[c]))
                    {
                        reject(file, line.Number, $"column {column.Name}: '{Clip(cell)}' is not a {(column.DataType ?? column.Type.ToString()).ToLowerInvariant()}");
                        usable = false;
                    }
                    else if (row[c] is null && column.Name == descriptor.TimeColumn)
                    {
                        reject(file, line.Number, $"column {column.Name}: the time is missing");
                        usable = false;
                    }
                }

                if (usable)
                {
                    yield return (row, (done + Math.Min(size, line.CharsRead)) / (double)totalSize);
                }
            }

            done += size;
            if (map is null)
            {
                throw new DatasetException($"{Path.GetFileName(file)} is empty: a CSV file needs a header line");
            }
        }
    }

    private static int[] Map(DatasetDescriptor descriptor, string[] header, string file)
    {
        // A name twice in the header would publish the first one's values under both: refused, naming the fields.
        var twice = header.Select((name, at) => (Name: name.Trim(), At: at + 1)).GroupBy(h => h.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DatasetException($"{Path.GetFileName(file)} names the column '{Clip(twice.Key)}' {twice.Count()} times in its header (fields {string.Join(" and ", twice.Select(h => h.At))}): give each column its own name");
        }

        var map = new int[descriptor.Columns.Count];
        for (var c = 0; c < map.Length; c++)
        {
            var source = descriptor.Columns[c].SourceName;
            map[c] = Array.FindIndex(header, h => string.Equals(h.Trim(), source, StringComparison.Ordinal));
            if (map[c] < 0)
            {
                throw new DatasetException($"{Path.GetFileName(file)} has no column '{source}' (for {descriptor.Columns[c].Name}); {Header(header)}");
            }
        }

        return map;
    }

    /// <summary>The header's names, when they look like column names; a first line that does not is not echoed (it may be any file's).</summary>
    private static string Header(string[] header) =>
        header.All(h => h.Trim().Length is > 0 and <= 64 && h.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ' ' or '-' or '.' or '(' or ')'))
            ? $"its header is: {Clip(string.Join(',', header), 200)}"
            : "its first line is not a header of column names";

    private static string Clip(string text, int max = 40) => text.Length <= max ? text : text[..max] + "...";
}

using System.Globalization;
using System.Text;
using Mocean.Research.Catalog;

namespace Mocean.Research.Ingest;

/// <summary>
/// A descriptor guessed from files (the server's <c>data add</c> without a descriptor): column names cleaned, types from
/// the first rows of a CSV file or from a NetCDF file's variables, the time column named <c>time</c>.
/// </summary>
public static class DescriptorInference
{
    public static DatasetDescriptor Describe(IReadOnlyList<string> files, string? id, string? title)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new DatasetException("name at least one CSV or NetCDF file");
        }

        var first = files[0];
        id ??= CleanName(Path.GetFileNameWithoutExtension(first));
        var netCdf = first.EndsWith(".nc", StringComparison.OrdinalIgnoreCase);
        var columns = netCdf ? FromNetCdf(files) : FromCsv(first);
        var time = columns.FirstOrDefault(c => c.Type == ColumnType.Time);
        if (time is not null && time.Name != "time" && columns.All(c => c.Name != "time"))
        {
            columns = [.. columns.Select(c => c == time ? c with { Name = "time", Units = "UTC" } : c)];
        }

        return new DatasetDescriptor(id, title ?? id, $"Built from {string.Join(", ", files.Select(Path.GetFileName))}",
            netCdf ? SourceFormat.NetCdf : SourceFormat.Csv, files, columns,
            TimeColumn: columns.Any(c => c.Name == "time" && c.Type == ColumnType.Time) ? "time" : null);
    }

    private static List<ColumnDescriptor> FromCsv(string file)
    {
        SourceFiles.Check(file);
        var lines = CsvSource.Read(file).Take(200).Where(l => l.Broken is null).ToList();
        if (lines.Count == 0)
        {
            throw new DatasetException($"{Path.GetFileName(file)} is empty");
        }

        var header = lines[0].Fields;
        var columns = new List<ColumnDescriptor>();
        for (var i = 0; i < header.Length; i++)
        {
            var cells = lines.Skip(1).Where(l => l.Fields.Length == header.Length).Select(l => l.Fields[i].Trim()).Where(c => c.Length > 0).ToList();
            var type = TypeOf(cells);
            var name = CleanName(header[i]);
            while (columns.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                name += "_";
            }

            columns.Add(new ColumnDescriptor(name, type, header[i].Trim(), type == ColumnType.Time ? "UTC" : null));
        }

        return columns;
    }

    /// <summary>The type most cells (nine in ten) read as, so one broken cell is a rejected row and not a text column.</summary>
    public static ColumnType TypeOf(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        bool Most(Func<string, bool> test) => cells.Count > 0 && cells.Count(test) * 10 >= cells.Count * 9;
        if (Most(c => long.TryParse(c, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            return ColumnType.Integer;
        }

        if (Most(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            return ColumnType.Double;
        }

        return Most(c => c.Contains('-', StringComparison.Ordinal) && Values.TryTime(c, out _)) ? ColumnType.Time : ColumnType.Text;
    }

    private static List<ColumnDescriptor> FromNetCdf(IReadOnlyList<string> files)
    {
        var columns = new List<ColumnDescriptor>();
        foreach (var file in files)
        {
            var nc = NetCdf3.Open(file);
            if (nc.Dimensions.Count == 0)
            {
                throw new DatasetException($"{Path.GetFileName(file)} has no dimensions, so no series to read");
            }

            var longest = nc.Dimensions.MaxBy(d => d.Value).Key;
            foreach (var v in nc.Variables.Where(v => v.Dimensions.Count == 1 && v.Dimensions[0] == longest && v.Type != 2))
            {
                if (columns.Any(c => c.Source == v.Name))
                {
                    continue;
                }

                var isTime = Values.TryTimeUnits(v.Attribute("units"), out _, out _);
                var (type, stored) = isTime ? (ColumnType.Time, null) : Stored(v);
                columns.Add(new ColumnDescriptor(CleanName(v.Name), type, v.Name,
                    isTime ? "UTC" : v.Attribute("units"), v.Attribute("standard_name"), v.Attribute("long_name"), DataType: stored));
            }
        }

        return columns;
    }

    /// <summary>
    /// A NetCDF variable's kind and width, kept as stored (a float stays a float, a short a short); a packed variable
    /// (<c>scale_factor</c>, <c>add_offset</c>) is unpacked into doubles.
    /// </summary>
    private static (ColumnType Type, string? DataType) Stored(NetCdfVariable variable) =>
        variable.NumberAttribute("scale_factor") is not null || variable.NumberAttribute("add_offset") is not null ? (ColumnType.Double, null)
        : variable.Type switch
        {
            1 => (ColumnType.Integer, "byte"),
            3 => (ColumnType.Integer, "short"),
            4 => (ColumnType.Integer, "int"),
            5 => (ColumnType.Double, "float"),
            _ => (ColumnType.Double, null),
        };

    /// <summary>A column name a query can use: ASCII letters, digits and <c>_</c>, starting with a letter, at most 64 characters.</summary>
    public static string CleanName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder();
        foreach (var c in name.Trim())
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var cleaned = text.ToString().Trim('_');
        return cleaned.Length == 0 || !char.IsAsciiLetter(cleaned[0]) ? "c" + cleaned : cleaned[..Math.Min(cleaned.Length, 64)];
    }
}

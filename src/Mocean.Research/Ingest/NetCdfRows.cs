using Mocean.Research.Catalog;

namespace Mocean.Research.Ingest;

/// <summary>
/// Rows of a data set from NetCDF-3 files whose variables share one dimension (a time series split by
/// variable, one file each): row i holds value i of every column's variable, taken from the first file
/// that has it. Times are read with the variable's CF units (<c>minutes since 2022-01-01</c>).
/// </summary>
internal static class NetCdfRows
{
    public static IEnumerable<(object?[] Row, double Fraction)> Read(DatasetDescriptor descriptor, Action<string, long, string> reject)
    {
        var series = new double[descriptor.Columns.Count][];
        var files = descriptor.Files.Select(f => (Path: f, File: NetCdf3.Open(f))).ToList();
        var origins = new (TimeSpan Unit, DateTime Origin)[series.Length];
        for (var c = 0; c < series.Length; c++)
        {
            var column = descriptor.Columns[c];
            var holder = files.FirstOrDefault(f => f.File.Variables.Any(v => v.Name == column.SourceName));
            if (holder.File is null)
            {
                throw new DatasetException($"no file of {descriptor.Id} has a variable '{column.SourceName}' (for {column.Name})");
            }

            if (column.Type == ColumnType.Text)
            {
                throw new DatasetException($"column {column.Name}: text variables are not read from NetCDF");
            }

            series[c] = holder.File.ReadDoubles(column.SourceName);
            if (column.Type == ColumnType.Time)
            {
                var units = holder.File.Variable(column.SourceName).Attribute("units");
                if (!Values.TryTimeUnits(units, out var unit, out var origin))
                {
                    throw new DatasetException($"variable {column.SourceName}: time units '{units}' are not 'UNIT since DATE'");
                }

                origins[c] = (unit, origin);
            }
        }

        var length = series.Min(s => s.Length);
        if (series.Any(s => s.Length != length))
        {
            throw new DatasetException($"the variables of {descriptor.Id} differ in length ({string.Join(", ", series.Select(s => s.Length).Distinct())})");
        }

        for (var i = 0; i < length; i++)
        {
            var row = new object?[series.Length];
            var usable = true;
            for (var c = 0; c < series.Length && usable; c++)
            {
                var column = descriptor.Columns[c];
                var value = series[c][i];
                if (double.IsNaN(value))
                {
                    usable = column.Name != descriptor.TimeColumn;
                    continue;
                }

                object wide = column.Type switch
                {
                    ColumnType.Time => DateTime.SpecifyKind(origins[c].Origin + (origins[c].Unit * value), DateTimeKind.Unspecified),
                    ColumnType.Integer => (long)(value * column.Scale),
                    _ => (value * column.Scale) + 0.0,
                };
                if (!DataTypes.TryNarrow(column, wide, out row[c]))
                {
                    reject(files[0].Path, i + 1, $"column {column.Name}: {value} does not fit a {DataTypes.Of(column)}");
                    usable = false;
                }
            }

            if (!usable)
            {
                reject(files[0].Path, i + 1, "record has no time");
                continue;
            }

            yield return (row, (i + 1) / (double)length);
        }
    }
}

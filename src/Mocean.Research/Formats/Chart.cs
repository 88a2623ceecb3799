using Mocean.Research.Catalog;
using Mocean.Research.Query;

namespace Mocean.Research.Formats;

/// <summary>
/// The <c>.png</c> format: the first two variables of a query as a scatter chart, x then y, axes labelled
/// with names and units; a depth axis (<c>positive=down</c>) increases downward; a time axis shows dates.
/// </summary>
public static class Chart
{
    public const int Width = 800;
    public const int Height = 600;

    public static void Write(string path, string title, IReadOnlyList<OutputColumn> columns, double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count < 2)
        {
            throw QueryException.Bad("a .png chart needs two variables (x first, then y), e.g. temperature,depth");
        }

        var plot = new ScottPlot.Plot();
        var points = plot.Add.ScatterPoints(x, y);
        points.MarkerSize = 3;
        if (columns[0].Type == ColumnType.Time)
        {
            plot.Axes.DateTimeTicksBottom();
        }

        plot.Title(title);
        plot.XLabel(Label(columns[0]));
        plot.YLabel(Label(columns[1]));

        plot.Axes.AutoScale();
        if (columns[1].Positive == "down")
        {
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimitsY(limits.Top, limits.Bottom);
        }

        if (columns[0].Positive == "down")
        {
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimitsX(limits.Right, limits.Left);
        }

        plot.SavePng(path, Width, Height);
    }

    /// <summary>A value for the chart: time as an OLE date (what the date axis reads), missing as NaN.</summary>
    public static double Value(System.Data.Common.DbDataReader reader, int i, ColumnType type)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.IsDBNull(i))
        {
            return double.NaN;
        }

        return type switch
        {
            ColumnType.Time => reader.GetDateTime(i).ToOADate(),
            ColumnType.Integer or ColumnType.Double => Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture),
            _ => double.NaN,
        };
    }

    private static string Label(OutputColumn column) => column.Units is { Length: > 0 } units ? $"{column.Name} ({units})" : column.Name;
}

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

    /// <summary>Room right of the plot for half the widest date label (centred on the last tick), so no label is cut.</summary>
    private const float RightMargin = 48;

    public static void Write(string path, string title, IReadOnlyList<OutputColumn> columns, double[] x, double[] y) =>
        Plot(title, columns, x, y).SavePng(path, Width, Height);

    /// <summary>The chart as drawn into the PNG (for <see cref="Write"/>, and for tests to read its ticks).</summary>
    public static ScottPlot.Plot Plot(string title, IReadOnlyList<OutputColumn> columns, double[] x, double[] y)
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
            var axis = plot.Axes.DateTimeTicksBottom();
            if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
            {
                ticks.LabelFormatter = IsoDate;
            }

            plot.Axes.Right.MinimumSize = RightMargin;
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

        return plot;
    }

    /// <summary>A date tick as ISO 8601 (2022-01-05), with the time of day under it when the tick has one (2022-01-05 / 06:30).</summary>
    public static string IsoDate(DateTime tick) => tick.TimeOfDay == TimeSpan.Zero
        ? tick.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : tick.ToString(tick.Second == 0 ? "yyyy-MM-dd\nHH:mm" : "yyyy-MM-dd\nHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

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

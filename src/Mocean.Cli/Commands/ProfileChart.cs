using Mocean.Client.Data;
using ScottPlot;

namespace Mocean.Cli.Commands;

/// <summary>The profile chart: temperature (bottom axis) and salinity (top axis) against depth, depth increasing downward.</summary>
public static class ProfileChart
{
    public static void Write(string path, string title, Sensors sensors)
    {
        var plot = new Plot();
        var temperature = Samples(sensors.Temperature);
        var salinity = Samples(sensors.Salinity);

        var t = plot.Add.Scatter(temperature.Values, temperature.Depths);
        t.LegendText = "temperature (°C)";
        t.Color = Colors.Crimson;
        t.MarkerSize = 4;
        var s = plot.Add.Scatter(salinity.Values, salinity.Depths);
        s.LegendText = "salinity (PSU)";
        s.Color = Colors.RoyalBlue;
        s.MarkerSize = 4;
        s.Axes.XAxis = plot.Axes.Top;

        plot.Axes.Bottom.Label.Text = "temperature (°C)";
        plot.Axes.Bottom.Label.ForeColor = Colors.Crimson;
        plot.Axes.Top.Label.Text = "salinity (PSU)";
        plot.Title(title);
        plot.Axes.Title.Label.OffsetY = -30;
        plot.Layout.Fixed(new PixelPadding(80, 30, 60, 110));
        plot.Axes.Top.Label.ForeColor = Colors.RoyalBlue;
        plot.Axes.Left.Label.Text = "depth (m)";
        plot.ShowLegend(Alignment.UpperCenter);

        plot.Axes.AutoScale();
        var limits = plot.Axes.GetLimits();
        plot.Axes.SetLimitsY(limits.Top, limits.Bottom);
        plot.SavePng(path, 900, 700);
    }

    private static (double[] Values, double[] Depths) Samples(IReadOnlyList<SensorSample> samples)
    {
        var kept = samples.Where(x => x.Value is { } v && !double.IsNaN(v) && !double.IsNaN(x.Depth)).ToArray();
        return ([.. kept.Select(x => x.Value!.Value)], [.. kept.Select(x => x.Depth)]);
    }
}

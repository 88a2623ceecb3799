using System.Text.RegularExpressions;
using Mocean.Research.Catalog;
using Mocean.Research.Formats;
using Mocean.Research.Query;
using SkiaSharp;

namespace Mocean.Research.Tests;

/// <summary>The <c>.png</c> chart of a time series: dates on the time axis in ISO order, and no tick label cut at the image's edge.</summary>
public sealed partial class ChartTests : IDisposable
{
    private static readonly OutputColumn Time = new("time", ColumnType.Time, "UTC");
    private static readonly OutputColumn Temperature = new("temperature", ColumnType.Double, "degree_C");

    private readonly string png = Path.Combine(Path.GetTempPath(), $"mocean-chart-{Guid.NewGuid():N}.png");

    public static TheoryData<string, string, int> Spans => new()
    {
        { "a month, as the sample data set holds", "2022-01-01", 31 * 24 },
        { "a week", "2022-01-05", 7 * 24 },
        { "a few hours of one day", "2022-01-05T03:00:00", 5 },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void TheTimeAxisLabelsAreIsoDatesAndNoneIsCutAtTheRightEdge(string what, string start, int hours)
    {
        var (x, y) = Series(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), hours);
        var plot = Chart.Plot("Oregon Slope Base shallow profiler CTD, January 2022 (1 minute)", [Time, Temperature], x, y);
        plot.SavePng(png, Chart.Width, Chart.Height);

        var labels = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor && t.Label.Length > 0).ToList();
        Assert.True(labels.Count >= 3, what);
        Assert.All(labels, tick => Assert.Matches(IsoTick(), tick.Label));
        using var image = SKBitmap.Decode(png);
        Assert.Equal(0, InkInColumns(image, Chart.Width - 4, Chart.Width));
    }

    [Fact]
    public void ADateTickReadsAsIsoWithTheTimeUnderItOnlyWhenItHasOne()
    {
        Assert.Equal("2022-02-02", Chart.IsoDate(new DateTime(2022, 2, 2)));
        Assert.Equal("2022-01-05\n06:30", Chart.IsoDate(new DateTime(2022, 1, 5, 6, 30, 0)));
        Assert.Equal("2022-01-05\n06:30:15", Chart.IsoDate(new DateTime(2022, 1, 5, 6, 30, 15)));
    }

    public void Dispose() => File.Delete(png);

    /// <summary>One reading a minute from <paramref name="start"/>, a smooth temperature curve.</summary>
    private static (double[] X, double[] Y) Series(DateTime start, int hours)
    {
        var minutes = hours * 60;
        var x = Enumerable.Range(0, minutes).Select(m => start.AddMinutes(m).ToOADate()).ToArray();
        var y = Enumerable.Range(0, minutes).Select(m => 9 + Math.Sin(m / 300.0)).ToArray();
        return (x, y);
    }

    /// <summary>Pixels darker than light grey in the columns [from, to): text or marks reaching the edge.</summary>
    private static int InkInColumns(SKBitmap image, int from, int to)
    {
        var ink = 0;
        for (var column = from; column < to; column++)
        {
            for (var row = 0; row < image.Height; row++)
            {
                var pixel = image.GetPixel(column, row);
                ink += pixel.Red + pixel.Green + pixel.Blue < 600 ? 1 : 0;
            }
        }

        return ink;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(\n\d{2}:\d{2}(:\d{2})?)?$")]
    private static partial Regex IsoTick();
}

using Mocean.Research.Catalog;

namespace Mocean.Research.Tests;

public sealed class IngestWartsTests : IDisposable
{
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    private DatasetDescriptor Small(string file) => new(
        "small", "Small", "A test series", SourceFormat.Csv, [file],
        [new("time", ColumnType.Time, Units: "UTC"), new("depth", ColumnType.Double, "depth_m", "m", Positive: "down"), new("site", ColumnType.Text)]);

    [Fact]
    public void UnusableRowsAreReportedWithTheirLineNumbersAndTheRestKept()
    {
        var file = store.File("warts.csv", "time,depth_m,site\n2022-01-01T00:00:00Z,10,A\nyesterday,11,B\n2022-01-01T00:02:00Z,deep,C\n2022-01-01T00:03:00Z,13\n2022-01-01T00:04:00Z,,\"D, north\"\n");

        var report = store.Service.Add(Small(file));

        Assert.Equal(2, report.Rows);
        Assert.Equal(3, report.RejectedCount);
        Assert.Equal([3L, 4L, 5L], report.Rejected.Select(r => r.Line));
        Assert.Contains("'yesterday' is not a time", report.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("'deep' is not a double", report.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.Contains("2 fields where the header has 3", report.Rejected[2].Reason, StringComparison.Ordinal);
        Assert.Equal(1, store.Count("SELECT count(*) FROM ds_small WHERE depth IS NULL AND site = 'D, north'"));
    }

    [Fact]
    public void AFailedRebuildLeavesThePublishedDataSetWhole()
    {
        var good = store.File("good.csv", "time,depth_m,site\n2022-01-01T00:00:00Z,10,A\n2022-01-01T00:01:00Z,11,B\n");
        store.Service.Add(Small(good));
        var bad = store.File("bad.csv", "time,depth_m,site\nnot a time,1,A\nnor this,2,B\n");

        var error = Assert.Throws<DatasetException>(() => store.Service.Add(Small(bad)));

        Assert.Contains("no usable rows (2 rejected)", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, store.Count("SELECT count(*) FROM ds_small"));
        Assert.Equal(2, store.Service.Find("small")!.Rows);
        Assert.Equal(0, store.Count("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'staging_%'"));
    }

    [Fact]
    public void AMissingHeaderColumnIsNamed()
    {
        var file = store.File("other.csv", "when,depth_m,site\n2022-01-01T00:00:00Z,10,A\n");

        var error = Assert.Throws<DatasetException>(() => store.Service.Add(Small(file)));

        Assert.Contains("has no column 'time'", error.Message, StringComparison.Ordinal);
        Assert.Null(store.Service.Find("small"));
    }

    [Fact]
    public void PeriodicTableTextIsTrimmedAndEmptyCellsAreMissing()
    {
        store.Service.Add(SampleDatasets.PeriodicTable());

        Assert.Equal(1, store.Count("SELECT count(*) FROM ds_periodic_table WHERE Symbol = 'Ds' AND AtomicNumber = 110"));
        Assert.Equal(0, store.Count("SELECT count(*) FROM ds_periodic_table WHERE Symbol <> trim(Symbol) OR Element <> trim(Element)"));
        Assert.Equal(22, store.Count("SELECT count(*) FROM ds_periodic_table WHERE Electronegativity IS NULL"));
    }

    [Fact]
    public void ProgressIsReportedAndEndsAtTheWhole()
    {
        var seen = new List<Ingest.IngestProgress>();
        store.Service.Add(SampleDatasets.CtdSeries(), new SyncProgress(seen.Add));

        Assert.NotEmpty(seen);
        Assert.Equal(44_638, seen[^1].Rows);
        Assert.Equal(1.0, seen[^1].Fraction);
    }

    private sealed class SyncProgress(Action<Ingest.IngestProgress> report) : IProgress<Ingest.IngestProgress>
    {
        public void Report(Ingest.IngestProgress value) => report(value);
    }
}

public sealed class ValuesTests
{
    [Theory]
    [InlineData("2022-01-05T03:00:00Z", "2022-01-05 03:00:00")]
    [InlineData("2022-01-05 03:00:00", "2022-01-05 03:00:00")]
    [InlineData("2022-01-05T03:00:00", "2022-01-05 03:00:00")]
    [InlineData("2022-01-05T04:00:00+01:00", "2022-01-05 03:00:00")]
    [InlineData("2022-01-05", "2022-01-05 00:00:00")]
    [InlineData("1641351600", "2022-01-05 03:00:00")]
    [InlineData("1641351600.0", "2022-01-05 03:00:00")]
    public void TimesAreReadInEveryShapeFilesAndErddapyUse(string text, string expected)
    {
        Assert.True(Ingest.Values.TryTime(text, out var time));
        Assert.Equal(expected, time.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2022-02-30T00:00:00Z")]
    [InlineData("2022-01-05T24:00:00Z")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void ImpossibleTimesAreRefused(string text) => Assert.False(Ingest.Values.TryTime(text, out _));
}

using System.Text;
using Mocean.Research.Catalog;
using Mocean.Tests.Shared;

namespace Mocean.Research.Tests;

/// <summary>Bad input to an ingest is one line naming the problem, never a crash, and never wrong data published.</summary>
public sealed class IngestRefusalTests : IDisposable
{
    private readonly TempStore store = new();

    public void Dispose() => store.Dispose();

    private static DatasetDescriptor Csv(string file) => new(
        "small", "Small", "A test series", SourceFormat.Csv, [file],
        [new("time", ColumnType.Time, Units: "UTC"), new("depth", ColumnType.Double, "depth_m", "m"), new("site", ColumnType.Text)]);

    private static DatasetDescriptor NetCdf(string file) => new(
        "cast", "Cast", "A NetCDF series", SourceFormat.NetCdf, [file], [new("v", ColumnType.Double)], TimeColumn: null);

    [Fact]
    public void ANetCdfDimensionOfTwoBillionIsRefusedBeforeAnythingIsAllocated()
    {
        var file = Path.Combine(store.Folder, "huge.nc");
        File.WriteAllBytes(file, NetCdfBytes.File(int.MaxValue, begin: null));

        var error = Assert.Throws<InvalidDataException>(() => store.Service.Add(NetCdf(file)));

        Assert.Matches("^variable 'v' claims 2147483647 values from byte [0-9]+, past the end of the file \\([0-9]+ bytes\\)$", error.Message);
        Assert.Null(store.Service.Find("cast"));
    }

    [Fact]
    public void ANetCdfVariableBeginningPastTheEndOfTheFileIsOneLine()
    {
        var file = Path.Combine(store.Folder, "short.nc");
        File.WriteAllBytes(file, NetCdfBytes.File(3, begin: 1_000_000));

        var error = Assert.Throws<InvalidDataException>(() => store.Service.Add(NetCdf(file)));

        Assert.Matches("^variable 'v' claims 3 values from byte 1000000, past the end of the file \\([0-9]+ bytes\\)$", error.Message);
    }

    [Fact]
    public void AWellFormedNetCdfFileStillReads()
    {
        var file = Path.Combine(store.Folder, "fine.nc");
        File.WriteAllBytes(file, NetCdfBytes.File(3, begin: null, values: [1.5, 2.5, 3.5]));

        var report = store.Service.Add(NetCdf(file));

        Assert.Equal(3, report.Rows);
        Assert.Equal(1, store.Count("SELECT count(*) FROM ds_cast WHERE v = 2.5"));
    }

    [Fact]
    public void ADescriptorWithoutColumnsIsRefusedWithOneLine()
    {
        var csv = store.File("a.csv", "time,depth_m,site\n2022-01-01T00:00:00Z,10,A\n");
        var descriptor = store.File("a.json", $$"""{ "id": "nocols", "format": "Csv", "files": ["{{csv}}"] }""");

        var error = Assert.Throws<DatasetException>(() => store.Service.Add(DataService.ReadDescriptor(descriptor)));

        Assert.Equal("data set 'nocols' has no columns (\"columns\": [{\"name\": \"time\", \"type\": \"Time\"}, ...])", error.Message);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    public void ADeviceIsNotReadForever(string device)
    {
        var error = Assert.Throws<DatasetException>(() => store.Service.Add(Csv(device)));

        Assert.Equal($"{device} is empty (or not a regular file): nothing to read", error.Message);
    }

    [Fact]
    public void AHeaderNamingAColumnTwiceIsRefusedNamingTheFields()
    {
        var file = store.File("twice.csv", "time,depth_m,depth_m,site\n2022-01-01T00:00:00Z,10,99,A\n");

        var error = Assert.Throws<DatasetException>(() => store.Service.Add(Csv(file)));

        Assert.Equal("twice.csv names the column 'depth_m' 2 times in its header (fields 2 and 3): give each column its own name", error.Message);
        Assert.Null(store.Service.Find("small"));
    }

    [Fact]
    public void AnUnclosedQuoteIsOneRejectedRowAndTheLinesAfterItAreKept()
    {
        var lines = new StringBuilder("time,depth_m,site\n2022-01-01T00:00:00Z,10,\"A north\n");
        for (var i = 1; i <= 500; i++)
        {
            lines.Append(CultureInfoInvariant($"2022-01-01T{i / 60:00}:{i % 60:00}:00Z,{i},B\n"));
        }

        var report = store.Service.Add(Csv(store.File("quote.csv", lines.ToString())));

        Assert.Equal(500, report.Rows);
        Assert.Equal(1, report.RejectedCount);
        Assert.Equal(2, report.Rejected[0].Line);
        Assert.Equal("a quoted field runs past the end of the line (a \" is not closed)", report.Rejected[0].Reason);
    }

    [Fact]
    public void AMissingColumnDoesNotEchoTheFirstLineOfSomeOtherFile()
    {
        var file = store.File("passwd", "root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n");

        var error = Assert.Throws<DatasetException>(() => store.Service.Add(Csv(file)));

        Assert.Equal("passwd has no column 'time' (for time); its first line is not a header of column names", error.Message);
    }

    [Fact]
    public void AllDatasetsIsNoDataSetId()
    {
        var file = store.File("a.csv", "time,depth_m,site\n2022-01-01T00:00:00Z,10,A\n");

        var error = Assert.Throws<DatasetException>(() => store.Service.Add(Csv(file) with { Id = "allDatasets" }));

        Assert.Equal("data set id 'allDatasets' is a name the data service uses itself (the list of data sets); choose another", error.Message);
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}

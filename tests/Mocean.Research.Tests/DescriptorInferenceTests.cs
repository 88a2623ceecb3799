using Mocean.Research.Catalog;
using Mocean.Research.Ingest;

namespace Mocean.Research.Tests;

public sealed class DescriptorInferenceTests : IDisposable
{
    private readonly TempStore store = new();

    private static string Sample(string name) => Path.Combine(SampleDatasets.Folder, name);

    [Fact]
    public void NetCdfFilesAreDescribedByTheirVariablesWithTimeFromTheirUnits()
    {
        var descriptor = DescriptorInference.Describe(
            [Sample("osb_ctd_jan22_pressure.nc"), Sample("osb_ctd_jan22_temperature.nc"), Sample("osb_ctd_jan22_salinity.nc")], "ctd_nc", null);

        Assert.Equal(SourceFormat.NetCdf, descriptor.Format);
        Assert.Equal("time", descriptor.TimeColumn);
        Assert.Equal(
            ["time:Time", "pressure:Double", "z:Double", "temperature:Double", "salinity:Double"],
            descriptor.Columns.Select(c => $"{c.Name}:{c.Type}"));
    }

    [Fact]
    public void CsvColumnsGetCleanNamesAndTypesFromTheirCells()
    {
        var descriptor = DescriptorInference.Describe([Sample("osb_ctd_jan22_1min_merged.csv")], null, null);

        Assert.Equal("osb_ctd_jan22_1min_merged", descriptor.Id);
        Assert.Equal(
            ["time:Time", "depth_m:Integer", "pressure_dbar:Double", "temperature_degC:Double", "salinity_psu:Double"],
            descriptor.Columns.Select(c => $"{c.Name}:{c.Type}"));
    }

    [Theory]
    [InlineData("1|-2|+3|40", ColumnType.Integer)]
    [InlineData("1|2.5|3e2|-0.25", ColumnType.Double)]
    [InlineData("2022-01-05 00:00:00|2022-01-05T00:01:00Z", ColumnType.Time)]
    [InlineData("Helium|He|2", ColumnType.Text)]
    [InlineData("", ColumnType.Text)]
    [InlineData("1|2|3|4|5|6|7|8|9|ten", ColumnType.Integer)]
    [InlineData("1|2|3|4|5|6|7|8|nine|ten", ColumnType.Text)]
    [InlineData("1641340800|1641340860", ColumnType.Integer)]
    public void AColumnIsTheTypeNineInTenOfItsCellsReadAs(string cells, ColumnType expected) =>
        Assert.Equal(expected, DescriptorInference.TypeOf(cells.Length == 0 ? [] : cells.Split('|')));

    [Theory]
    [InlineData("depth (m)", "depth__m")]
    [InlineData("  Temperature °C ", "Temperature__C")]
    [InlineData("2nd sensor", "c2nd_sensor")]
    [InlineData("***", "c")]
    [InlineData("_x_", "x")]
    public void AColumnNameIsCleanedIntoOneAQueryCanUse(string header, string expected) =>
        Assert.Equal(expected, DescriptorInference.CleanName(header));

    [Fact]
    public void ALongNameIsCutAt64Characters() =>
        Assert.Equal(new string('a', 64), DescriptorInference.CleanName(new string('a', 80)));

    [Fact]
    public void ATimeColumnOfAnotherNameBecomesTimeInUtcAndRepeatedNamesStayApart()
    {
        var file = store.File("casts.csv", "Date Time,depth,Depth,note\n2022-01-05 00:00:00,1,2,a\n2022-01-05 00:01:00,3,4,b\n");

        var descriptor = DescriptorInference.Describe([file], null, "Casts");

        Assert.Equal("casts", descriptor.Id);
        Assert.Equal("Casts", descriptor.Title);
        Assert.Equal("time", descriptor.TimeColumn);
        Assert.Equal(["time:Time:UTC:Date Time", "depth:Integer::depth", "Depth_:Integer::Depth", "note:Text::note"],
            descriptor.Columns.Select(c => $"{c.Name}:{c.Type}:{c.Units}:{c.Source}"));
    }

    [Fact]
    public void NoFilesIsRefusedWithWhatToSend() =>
        Assert.Equal("name at least one CSV or NetCDF file", Assert.Throws<DatasetException>(() => DescriptorInference.Describe([], null, null)).Message);

    public void Dispose() => store.Dispose();
}

using Mocean.Research.Catalog;
using Mocean.Server.Research;

namespace Mocean.Server.Tests.Research;

public sealed class InferenceTests
{
    private static string Sample(string name) => Path.Combine(SampleDatasets.Folder, name);

    [Fact]
    public void NetCdfFilesAreDescribedByTheirVariablesWithTimeFromTheirUnits()
    {
        var descriptor = Inference.Describe(
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
        var descriptor = Inference.Describe([Sample("osb_ctd_jan22_1min_merged.csv")], null, null);

        Assert.Equal("osb_ctd_jan22_1min_merged", descriptor.Id);
        Assert.Equal(
            ["time:Time", "depth_m:Integer", "pressure_dbar:Double", "temperature_degC:Double", "salinity_psu:Double"],
            descriptor.Columns.Select(c => $"{c.Name}:{c.Type}"));
    }
}

using System.Text.Json;

namespace Mocean.Server.Tests.Research;

[Collection(TeachingApiTests.Server.Shared)]
public sealed class InfoOrderTests(TeachingApiTests.Server server)
{
    [Fact]
    public async Task InfoListsTheGlobalAttributesAlphabeticallyAsErddapDoes()
    {
        var rows = JsonDocument.Parse(await server.Client.GetStringAsync("/info/osb_profiles_jan2022/index.json")).RootElement
            .GetProperty("table").GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(v => v.GetString()).ToArray())
            .Where(r => r[1] == "NC_GLOBAL").Select(r => r[2]).ToList();

        Assert.Equal(
            [
                "cdm_data_type", "citation", "comment", "Conventions", "Easternmost_Easting", "geospatial_lat_max", "geospatial_lat_min",
                "geospatial_lat_units", "geospatial_lon_max", "geospatial_lon_min", "geospatial_lon_units", "institution", "license",
                "Northernmost_Northing", "sourceUrl", "Southernmost_Northing", "summary", "time_coverage_end", "time_coverage_start", "title",
                "Westernmost_Easting",
            ],
            rows);
    }

    [Fact]
    public async Task InfoGivesErddapsStandardGlobalAttributesFromTheDescriptorAndTheRows()
    {
        var rows = JsonDocument.Parse(await server.Client.GetStringAsync("/info/osb_ctd_jan2022/index.json")).RootElement
            .GetProperty("table").GetProperty("rows").EnumerateArray()
            .Select(r => string.Join('|', r.EnumerateArray().Select(v => v.GetString())))
            .ToList();

        Assert.Contains("attribute|NC_GLOBAL|cdm_data_type|String|TimeSeries", rows);
        Assert.Contains("attribute|NC_GLOBAL|Conventions|String|COARDS, CF-1.6, ACDD-1.3", rows);
        Assert.Contains("attribute|NC_GLOBAL|institution|String|NSF Ocean Observatories Initiative", rows);
        Assert.Contains("attribute|NC_GLOBAL|sourceUrl|String|(local files)", rows);
        Assert.Contains("attribute|NC_GLOBAL|time_coverage_start|String|2022-01-01T00:00:00Z", rows);
        Assert.Contains("attribute|NC_GLOBAL|time_coverage_end|String|2022-02-01T00:00:00Z", rows);
        Assert.Contains("attribute|NC_GLOBAL|geospatial_lat_min|double|44.529", rows);
        Assert.Contains("attribute|NC_GLOBAL|geospatial_lon_max|double|-125.39", rows);
        Assert.Contains("attribute|NC_GLOBAL|geospatial_vertical_min|double|8", rows);
        Assert.Contains("attribute|NC_GLOBAL|geospatial_vertical_max|double|207", rows);
        Assert.Contains("attribute|NC_GLOBAL|geospatial_vertical_positive|String|down", rows);
        Assert.Contains("attribute|NC_GLOBAL|geospatial_vertical_units|String|m", rows);
        Assert.Contains("attribute|time|actual_range|double|1640995200, 1643673600", rows);
        Assert.Contains("attribute|depth|actual_range|double|8, 207", rows);
    }
}

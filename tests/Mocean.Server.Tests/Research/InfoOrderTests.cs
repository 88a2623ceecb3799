using System.Text.Json;

namespace Mocean.Server.Tests.Research;

public sealed class InfoOrderTests(TeachingApiTests.Server server) : IClassFixture<TeachingApiTests.Server>
{
    [Fact]
    public async Task InfoListsTheGlobalAttributesAlphabeticallyAsErddapDoes()
    {
        var rows = JsonDocument.Parse(await server.Client.GetStringAsync("/info/osb_profiles_jan2022/index.json")).RootElement
            .GetProperty("table").GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(v => v.GetString()).ToArray())
            .Where(r => r[1] == "NC_GLOBAL").Select(r => r[2]).ToList();

        Assert.Equal(
            ["cdm_data_type", "citation", "comment", "Conventions", "geospatial_lat_max", "geospatial_lat_min", "geospatial_lon_max", "geospatial_lon_min", "institution", "license", "summary", "title"],
            rows);
    }
}

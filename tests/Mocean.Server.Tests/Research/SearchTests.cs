using System.Net;
using System.Text.Json;

namespace Mocean.Server.Tests.Research;

/// <summary>ERDDAP's search (<c>/search/index</c>, <c>/search/advanced</c>) and list (<c>/info/index</c>), with the columns erddapy reads.</summary>
[Collection(TeachingApiTests.Server.Shared)]
public sealed class SearchTests(TeachingApiTests.Server server)
{
    private const string Header = "griddap,Subset,tabledap,Make A Graph,wms,files,Accessible,Title,Summary,FGDC,ISO 19115,Info,Background Info,RSS,Email,Institution,Dataset ID";

    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var reply = await server.Client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> Ids(string url)
    {
        var (status, body) = await Get(url);
        Assert.True(status == HttpStatusCode.OK, body);
        var table = JsonDocument.Parse(body).RootElement.GetProperty("table");
        var column = table.GetProperty("columnNames").EnumerateArray().Select(n => n.GetString()).ToList().IndexOf("Dataset ID");
        return [.. table.GetProperty("rows").EnumerateArray().Select(r => r[column].GetString()!)];
    }

    [Theory]
    [InlineData("temperature", new[] { "osb_ctd_jan2022" })]
    [InlineData("%22shallow+profiler%22", new[] { "osb_ctd_jan2022", "osb_profiles_jan2022" })]
    [InlineData("profiler+-ctd", new[] { "osb_profiles_jan2022" })]
    [InlineData("ELECTRONEG", new[] { "periodic_table" })]
    [InlineData("sea_water_practical_salinity", new[] { "osb_ctd_jan2022" })]
    [InlineData("%22datasetID%3Dosb_p%22", new[] { "osb_profiles_jan2022" })]
    [InlineData("", new[] { "osb_ctd_jan2022", "osb_profiles_jan2022", "periodic_table" })]
    public async Task SearchFindsDataSetsByAnyWordOfTheirMetadataAsErddapDoes(string searchFor, string[] ids)
    {
        Assert.Equal(ids, await Ids($"/erddap/search/index.json?page=1&itemsPerPage=1000&searchFor={searchFor}"));
        Assert.Equal(ids, await Ids($"/search/index.json?searchFor={searchFor}"));
    }

    [Fact]
    public async Task SearchCsvHasErddapsColumnsAndLinksToThisServer()
    {
        var (status, body) = await Get("/erddap/search/index.csv?page=1&itemsPerPage=1000000&searchFor=%22osb_ctd%22");

        Assert.Equal(HttpStatusCode.OK, status);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(",,http://localhost/erddap/tabledap/osb_ctd_jan2022,,,,public,\"Oregon Slope Base shallow profiler CTD, January 2022 (1 minute)\",", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",http://localhost/erddap/info/osb_ctd_jan2022/index.csv,,,,NSF Ocean Observatories Initiative,osb_ctd_jan2022", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdvancedSearchTakesErddapysUrlAndItsFilters()
    {
        const string Any = "/erddap/search/advanced.json?page=1&itemsPerPage=1000000&protocol=tabledap&cdm_data_type=(ANY)&institution=(ANY)&ioos_category=(ANY)&keywords=(ANY)&long_name=(ANY)&standard_name=(ANY)&variableName=(ANY)&minLon=(ANY)&maxLon=(ANY)&minLat=(ANY)&maxLat=(ANY)";

        Assert.Equal(["osb_ctd_jan2022", "osb_profiles_jan2022"], await Ids(Any + "&searchFor=profiler"));
        Assert.Equal(["osb_ctd_jan2022", "osb_profiles_jan2022"], await Ids(Any.Replace("minLat=(ANY)", "minLat=44", StringComparison.Ordinal) + "&minTime=2022-01-15T00:00:00Z"));
        Assert.Equal(["osb_ctd_jan2022"], await Ids(Any.Replace("standard_name=(ANY)", "standard_name=sea_water_temperature", StringComparison.Ordinal)));
        Assert.Equal(["periodic_table"], await Ids(Any.Replace("cdm_data_type=(ANY)", "cdm_data_type=other", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, (await Get(Any.Replace("minLat=(ANY)", "minLat=50", StringComparison.Ordinal))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(Any + "&maxTime=2021-12-31T00:00:00Z&searchFor=profiler")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(Any.Replace("protocol=tabledap", "protocol=griddap", StringComparison.Ordinal))).Status);
    }

    [Fact]
    public async Task InfoIndexListsEveryDataSetByTitle()
    {
        Assert.Equal(["osb_ctd_jan2022", "osb_profiles_jan2022", "periodic_table"], await Ids("/erddap/info/index.json?itemsPerPage=1000000"));
        var (status, body) = await Get("/info/index.csv");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Header, body.Split('\n')[0]);
        Assert.Equal(4, body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("<th>Dataset ID</th>", (await Get("/erddap/info/index.htmlTable")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesSplitTheList()
    {
        Assert.Equal(["osb_profiles_jan2022"], await Ids("/erddap/info/index.json?page=2&itemsPerPage=1"));
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/erddap/info/index.json?page=4&itemsPerPage=1")).Status);
    }

    [Theory]
    [InlineData("/erddap/search/index.json?searchFor=unobtainium", 404, "Your query produced no matching results. (nRows = 0)")]
    [InlineData("/erddap/search/index.xlsx?searchFor=ocean", 400, "unknown file type '.xlsx'; use .json, .csv, .tsv or .htmlTable")]
    [InlineData("/erddap/search/index.json?searchFor=ocean&page=0", 400, "page and itemsPerPage must be whole numbers from 1")]
    [InlineData("/erddap/search/advanced.json?minLat=north", 400, "minLat=north is not a number")]
    [InlineData("/erddap/search/advanced.json?minTime=soon", 400, "minTime=soon is not a time")]
    [InlineData("/erddap/search/nothing.json", 404, "use /search/index.json?searchFor=WORDS")]
    public async Task MistakesGetErddapsErrorShape(string url, int status, string message)
    {
        var reply = await Get(url);

        Assert.Equal(status, (int)reply.Status);
        Assert.StartsWith($"Error {{\n    code={status};\n", reply.Body, StringComparison.Ordinal);
        Assert.Contains(message, reply.Body, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.Json;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

/// <summary>latitude and longitude as columns of a fixed site, the way erddapy constrains them.</summary>
[Collection(TeachingApiTests.Server.Shared)]
public sealed class SiteColumnTests(TeachingApiTests.Server server)
{
    private const string Window = "&time>=1641340800.0&time<=1641340920.0";
    private const string Box = "&latitude>=44.0&latitude<=45.0&longitude>=-126.0&longitude<=-125.0";
    private const string NoRows = "Error {\n    code=404;\n    message=\"Not Found: Your query produced no matching results. (nRows = 0)\";\n}\n";

    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var reply = await server.Client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ErddapyLatLonConstraintsPlainAndFullyEncodedGiveTheSiteRows()
    {
        var plain = await Get("/erddap/tabledap/osb_ctd_jan2022.csv?time,latitude,longitude,temperature" + Window + Box);
        var encoded = await Get("/erddap/tabledap/osb_ctd_jan2022.csv?" + Uri.EscapeDataString("time,latitude,longitude,temperature" + Window + Box));

        Assert.Equal(HttpStatusCode.OK, plain.Status);
        Assert.Equal(
            "time,latitude,longitude,temperature\nUTC,degrees_north,degrees_east,degree_C\n" +
            "2022-01-05T00:00:00Z,44.529,-125.39,8.46122\n2022-01-05T00:01:00Z,44.529,-125.39,8.46257\n2022-01-05T00:02:00Z,44.529,-125.39,8.4633\n",
            plain.Body);
        Assert.Equal(plain.Body, encoded.Body);
    }

    [Fact]
    public async Task LatLonConstraintsAloneNarrowNothingAtTheSite()
    {
        var without = await Get("/tabledap/osb_ctd_jan2022.csv?time,temperature" + Window);
        var with = await Get("/tabledap/osb_ctd_jan2022.csv?time,temperature" + Window + Box + "&latitude=44.529&longitude!=0");

        Assert.Equal(HttpStatusCode.OK, with.Status);
        Assert.Equal(without.Body, with.Body);
    }

    [Theory]
    [InlineData("/erddap/tabledap/osb_ctd_jan2022.csv?time,temperature&latitude>=45.0" + Window)]
    [InlineData("/erddap/tabledap/osb_ctd_jan2022.csv?time,temperature&longitude<-126" + Window)]
    [InlineData("/erddap/tabledap/osb_profiles_jan2022.json?profile&latitude<=0")]
    [InlineData("/erddap/tabledap/osb_ctd_jan2022.csv?latitude&latitude=NaN")]
    [InlineData("/erddap/tabledap/osb_ctd_jan2022.csv?latitude&longitude=~%22-125%22")]
    public async Task AConstraintThatExcludesTheSiteFindsNoMatchingResults(string url)
    {
        var (status, body) = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(NoRows, body);
    }

    [Theory]
    [InlineData("csvp", "time (UTC),latitude (degrees_north),longitude (degrees_east)\n2022-01-05T00:00:00Z,44.529,-125.39\n")]
    [InlineData("csv0", "2022-01-05T00:00:00Z,44.529,-125.39\n")]
    [InlineData("tsv", "time\tlatitude\tlongitude\nUTC\tdegrees_north\tdegrees_east\n2022-01-05T00:00:00Z\t44.529\t-125.39\n")]
    [InlineData("jsonlKVP", "{\"time\":\"2022-01-05T00:00:00Z\", \"latitude\":44.529, \"longitude\":-125.39}\n")]
    public async Task EveryTextFormatCarriesTheSiteColumns(string type, string expected)
    {
        var (status, body) = await Get($"/tabledap/osb_ctd_jan2022.{type}?time,latitude,longitude&time=2022-01-05T00:00:00Z");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task JsonHtmlParquetAndPngCarryTheSiteColumns()
    {
        const string query = "?time,latitude,longitude,depth&time>=2022-01-05T00:00:00Z&time<2022-01-05T00:05:00Z";
        var table = JsonDocument.Parse((await Get("/tabledap/osb_ctd_jan2022.json" + query)).Body).RootElement.GetProperty("table");
        var html = await Get("/tabledap/osb_ctd_jan2022.htmlTable" + query);
        using var png = await server.Client.GetAsync("/tabledap/osb_ctd_jan2022.png?longitude,depth&time>=2022-01-05T00:00:00Z&time<2022-01-05T01:00:00Z");

        Assert.Equal(["time", "latitude", "longitude", "depth"], table.GetProperty("columnNames").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["String", "double", "double", "double"], table.GetProperty("columnTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["UTC", "degrees_north", "degrees_east", "m"], table.GetProperty("columnUnits").EnumerateArray().Select(e => e.GetString()));
        Assert.All(table.GetProperty("rows").EnumerateArray(), r => Assert.Equal((44.529, -125.39), (r[1].GetDouble(), r[2].GetDouble())));
        Assert.Contains("<td>44.529</td>", html.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["44.529,-125.39"], await ReadParquet("/tabledap/osb_ctd_jan2022.parquet?latitude,longitude&distinct()"));
    }

    [Fact]
    public async Task FunctionsTreatTheSiteColumnsAsAnyOther()
    {
        var distinct = await Get("/tabledap/osb_profiles_jan2022.csv0?latitude,longitude&distinct()");
        var mean = await Get("/tabledap/osb_ctd_jan2022.csv0?time,latitude,temperature&time<2022-01-03&orderByMean(%22time/1day%22)");
        var max = await Get("/tabledap/osb_ctd_jan2022.csv0?longitude,depth&orderByMax(%22longitude,depth%22)");
        var ordered = await Get("/tabledap/osb_ctd_jan2022.csv0?latitude,time&time<=2022-01-01T00:01:00Z&orderBy(%22latitude,time%22)");

        Assert.Equal("44.529,-125.39\n", distinct.Body);
        Assert.Matches(@"^2022-01-01T00:00:00Z,44\.529,[0-9.]+\n2022-01-02T00:00:00Z,44\.529,[0-9.]+\n$", mean.Body);
        Assert.Matches(@"^-125\.39,[0-9.]+\n$", max.Body);
        Assert.Equal("44.529,2022-01-01T00:00:00Z\n44.529,2022-01-01T00:01:00Z\n", ordered.Body);
    }

    [Fact]
    public async Task InfoDescribesTheSiteColumnsAsErddapDoes()
    {
        var info = JsonDocument.Parse((await Get("/erddap/info/osb_ctd_jan2022/index.json")).Body).RootElement.GetProperty("table").GetProperty("rows")
            .EnumerateArray().Select(r => string.Join('|', r.EnumerateArray().Select(v => v.GetString()))).ToList();

        Assert.Equal(
            [
                "variable|latitude||double|",
                "attribute|latitude|_CoordinateAxisType|String|Lat",
                "attribute|latitude|actual_range|double|44.529, 44.529",
                "attribute|latitude|axis|String|Y",
                "attribute|latitude|ioos_category|String|Location",
                "attribute|latitude|long_name|String|Latitude",
                "attribute|latitude|standard_name|String|latitude",
                "attribute|latitude|units|String|degrees_north",
                "variable|longitude||double|",
                "attribute|longitude|_CoordinateAxisType|String|Lon",
                "attribute|longitude|actual_range|double|-125.39, -125.39",
                "attribute|longitude|axis|String|X",
                "attribute|longitude|ioos_category|String|Location",
                "attribute|longitude|long_name|String|Longitude",
                "attribute|longitude|standard_name|String|longitude",
                "attribute|longitude|units|String|degrees_east",
            ],
            info[info.IndexOf("variable|latitude||double|")..]);
    }

    [Fact]
    public async Task ADataSetWithoutASitePositionHasNoSiteColumns()
    {
        var query = await Get("/erddap/tabledap/periodic_table.csv?Symbol&latitude>=0");
        var info = await Get("/erddap/info/periodic_table/index.csv");
        var all = await Get("/tabledap/periodic_table.csv?&AtomicNumber=1");

        Assert.Equal(HttpStatusCode.BadRequest, query.Status);
        Assert.Contains("Unrecognized variable=\\\"latitude\\\"", query.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("latitude", info.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("longitude", all.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RandomQueriesOnTheSiteColumnsNeverGetA5xx()
    {
        var random = new Random(44529);
        string[] datasets = ["osb_ctd_jan2022", "osb_profiles_jan2022", "periodic_table", "nosuch"];
        string[] types = ["csv", "csvp", "csv0", "tsv", "json", "jsonlKVP", "htmlTable", "parquet", "png", ""];
        string[] pieces =
        [
            "latitude", "longitude", "Latitude", "depth", "time", ",", "&", "=", "!=", "<", "<=", ">", ">=", "=~", "\"", "(", ")",
            "orderBy", "orderByMean", "orderByMax", "orderByMin", "distinct", "/", "1day", "/0", "/-1", "44.529", "-125.39", "NaN", "1e999",
            "-1e-999", "Infinity", "%22", "%26", "%3E%3D", "44.5.*", ".*", "[", "'", ";", " ", "é",
        ];
        for (var i = 0; i < 400; i++)
        {
            var query = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            var url = $"/erddap/tabledap/{datasets[random.Next(datasets.Length)]}.{types[random.Next(types.Length)]}?{query}";
            using var reply = await server.Client.GetAsync(url);
            Assert.True((int)reply.StatusCode < 500, $"{url} gave {(int)reply.StatusCode}");
        }
    }

    private Task<List<string>> ReadParquet(string url) =>
        ParquetReply.RowsAsync(server.Client, url, "latitude, longitude",
            reader => FormattableString.Invariant($"{reader.GetDouble(0)},{reader.GetDouble(1)}"));
}

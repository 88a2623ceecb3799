using System.Net;
using System.Text.Json;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

[Collection(TeachingApiTests.Server.Shared)]
public sealed class TabledapTests(TeachingApiTests.Server server)
{
    private const string Plain = "/erddap/tabledap/osb_ctd_jan2022.csvp?time,depth,temperature&time>=1641340800.0&time<=1641427200.0";
    private const string Encoded = "/erddap/tabledap/osb_ctd_jan2022.csvp?time%2Cdepth%2Ctemperature%26time%3E%3D1641340800.0%26time%3C%3D1641427200.0";

    private async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Reply)> Get(string url)
    {
        var reply = await server.Client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync(), reply);
    }

    [Fact]
    public async Task ErddapyUrlsPlainAndFullyEncodedGiveTheSameDay()
    {
        var plain = await Get(Plain);
        var encoded = await Get(Encoded);

        Assert.Equal(HttpStatusCode.OK, plain.Status);
        Assert.Equal(plain.Body, encoded.Body);
        var lines = plain.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time (UTC),depth (m),temperature (degree_C)", lines[0]);
        Assert.Equal("2022-01-05T00:00:00Z,191,8.46122", lines[1]);
        Assert.StartsWith("2022-01-06T00:00:00Z,", lines[^1], StringComparison.Ordinal);
        Assert.Equal((24 * 60) + 1, lines.Length - 1);
    }

    [Fact]
    public async Task CsvHasANamesRowThenAUnitsRow()
    {
        var (_, body, _) = await Get("/tabledap/osb_ctd_jan2022.csv?time,salinity&time=2022-01-03T21:20:00Z");

        Assert.Equal("time,salinity\nUTC,PSU\n2022-01-03T21:20:00Z,33.61135\n", body);
    }

    [Fact]
    public async Task JsonHasErddapsTableShape()
    {
        var (_, body, reply) = await Get("/tabledap/osb_profiles_jan2022.json?profile,time,peak_depth&profile<2");

        Assert.Equal("application/json", reply.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""
            {
              "table": {
                "columnNames": ["profile", "time", "peak_depth"],
                "columnTypes": ["long", "String", "double"],
                "columnUnits": [null, "UTC", "m"],
                "rows": [
                  [0, "2022-01-01T00:22:00Z", 19],
                  [1, "2022-01-01T02:37:00Z", 105]
                ]
              }
            }

            """.ReplaceLineEndings("\n"), body);
    }

    [Fact]
    public async Task AnEmptyResultIsA404InErddapsShapeWithCors()
    {
        var (status, body, reply) = await Get("/tabledap/osb_ctd_jan2022.csv?time&time>2030-01-01");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Error {\n    code=404;\n    message=\"Not Found: Your query produced no matching results. (nRows = 0)\";\n}\n", body);
        Assert.Equal("*", reply.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("/tabledap/osb_ctd_jan2022.csv?nosuch", "Query error: Unrecognized variable=\\\"nosuch\\\".")]
    [InlineData("/tabledap/osb_ctd_jan2022.csv?time&time>yesterday", "Query error: 'yesterday' is not a time")]
    [InlineData("/tabledap/osb_ctd_jan2022.xlsx?time", "Query error: unknown file type '.xlsx'")]
    [InlineData("/tabledap/osb_ctd_jan2022.csv?time&orderByMean(%22time/1fortnight%22)", "is not a time interval")]
    [InlineData("/tabledap/periodic_table.csv?Symbol&Element=~%22(?=H)e%22", "the database refused the query")]
    [InlineData("/tabledap/osb_ctd_jan2022.csv?time,latitude&latitude=~%22(?=4)4.*%22", "the database refused the query")]
    public async Task BadQueriesAre400WithTheReason(string url, string reason)
    {
        var (status, body, _) = await Get(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Error {\n    code=400;\n    message=\"Bad Request: ", body, StringComparison.Ordinal);
        Assert.Contains(reason, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HourlyMeanBinsAreLabelledByTheirStartAndAverageTheirMinutes()
    {
        var (_, body, _) = await Get("/tabledap/osb_ctd_jan2022.csv0?time,temperature&time>=2022-01-05T00:00:00Z&time<2022-01-05T02:00:00Z&orderByMean(%22time/1hour%22)");
        var (_, raw, _) = await Get("/tabledap/osb_ctd_jan2022.csv0?temperature&time>=2022-01-05T00:00:00Z&time<2022-01-05T01:00:00Z");

        var rows = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("2022-01-05T00:00:00Z,", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("2022-01-05T01:00:00Z,", rows[1], StringComparison.Ordinal);
        var mean = raw.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).Average();
        Assert.Equal(mean, double.Parse(rows[0].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture), 9);
    }

    [Fact]
    public async Task OrderByMaxDistinctAndRegexAnswerAsErddapDoes()
    {
        var deepest = await Get("/tabledap/osb_profiles_jan2022.csv0?profile,peak_depth&orderByMax(%22peak_depth%22)");
        var phases = await Get("/tabledap/periodic_table.csv0?Phase&distinct()");
        var regex = await Get("/tabledap/periodic_table.csv0?Symbol&Element=~%22[Hh]e.*%22");

        Assert.Matches(@"^\d+,\d+\n$", deepest.Body);
        Assert.Equal("artificial\ngas\nliq\nsolid\n", phases.Body);
        Assert.Equal("He\n", regex.Body);
    }

    [Fact]
    public async Task TheSameQueryGivesTheSameRowsInEveryFormat()
    {
        const string query = "?time,depth,temperature&time>=2022-01-03T21:00:00Z&time<2022-01-03T22:00:00Z";
        var csv = (await Get("/tabledap/osb_ctd_jan2022.csv0" + query)).Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var json = JsonDocument.Parse((await Get("/tabledap/osb_ctd_jan2022.json" + query)).Body).RootElement.GetProperty("table").GetProperty("rows")
            .EnumerateArray().Select(r => $"{r[0].GetString()},{r[1].GetDouble()},{r[2].GetDouble()}".Replace(",", ",", StringComparison.Ordinal)).ToList();
        var lines = (await Get("/tabledap/osb_ctd_jan2022.jsonlKVP" + query)).Body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).Select(r => Row(r.GetProperty("time").GetString()!, r.GetProperty("depth").GetDouble(), r.GetProperty("temperature").GetDouble())).ToList();
        var parquet = await ReadParquet("/tabledap/osb_ctd_jan2022.parquet" + query);

        Assert.Equal(57, csv.Count); // 60 minutes less the three inside the gap (21:21 to 21:23)
        Assert.Equal(csv, json.Select(r => Reformat(r)).ToList());
        Assert.Equal(csv, lines);
        Assert.Equal(csv, parquet);
    }

    [Fact]
    public async Task PngIsARealChart()
    {
        var reply = await server.Client.GetAsync("/tabledap/osb_ctd_jan2022.png?temperature,depth&time>=2022-01-05T00:00:00Z&time<2022-01-05T03:00:00Z");
        var bytes = await reply.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("image/png", reply.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 10_000);
    }

    [Fact]
    public async Task InfoAndCatalogueDescribeTheDataSets()
    {
        var info = JsonDocument.Parse((await Get("/erddap/info/osb_ctd_jan2022/index.json")).Body).RootElement.GetProperty("table").GetProperty("rows")
            .EnumerateArray().Select(r => string.Join('|', r.EnumerateArray().Select(v => v.GetString()))).ToList();
        var all = (await Get("/erddap/tabledap/allDatasets.json")).Body;

        Assert.Contains("attribute|depth|positive|String|down", info);
        Assert.Contains("attribute|time|units|String|seconds since 1970-01-01T00:00:00Z", info);
        Assert.Contains("attribute|NC_GLOBAL|geospatial_lat_min|double|44.529", info);
        Assert.Contains("attribute|NC_GLOBAL|geospatial_lon_min|double|-125.39", info);
        Assert.Contains("\"osb_profiles_jan2022\"", all, StringComparison.Ordinal);
        Assert.Contains("\"periodic_table\"", all, StringComparison.Ordinal);
    }

    private static string Row(string time, double depth, double temperature) =>
        FormattableString.Invariant($"{time},{depth},{temperature}");

    private static string Reformat(string row)
    {
        var parts = row.Split(',');
        return Row(parts[0], double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<List<string>> ReadParquet(string url) =>
        ParquetReply.RowsAsync(server.Client, url, "time, depth, temperature",
            reader => Row(reader.GetDateTime(0).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), reader.GetDouble(1), reader.GetDouble(2)));
}

using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

[Collection(TeachingApiTests.Server.Shared)]
public sealed class TabledapSafetyTests(TeachingApiTests.Server server)
{
    private static readonly string[] Attacks =
    [
        "'; DROP TABLE ds_periodic_table; --",
        "\"; DROP TABLE ds_periodic_table; --",
        "1 OR 1=1",
        "x\") OR (1=1",
        "time FROM ds_periodic_table; DROP TABLE catalog; --",
        "1); COPY ds_periodic_table TO '/tmp/leak.csv'; --",
    ];

    public static TheoryData<string> InjectionUrls()
    {
        var data = new TheoryData<string>();
        foreach (var attack in Attacks)
        {
            var e = Uri.EscapeDataString(attack);
            data.Add($"/tabledap/periodic_table.csv?{e}");
            data.Add($"/tabledap/periodic_table.csv?Symbol&{e}=1");
            data.Add($"/tabledap/periodic_table.csv?Symbol&Element=%22{e}%22");
            data.Add($"/tabledap/periodic_table.csv?Symbol&Element=~%22{e}%22");
            data.Add($"/tabledap/periodic_table.csv?Symbol&AtomicNumber>{e}");
            data.Add($"/tabledap/periodic_table.csv?Symbol&orderBy(%22{e}%22)");
            data.Add($"/tabledap/periodic_table.csv?AtomicNumber&orderByMean(%22AtomicNumber/{e}%22)");
            data.Add($"/tabledap/{e}.csv?Symbol");
            data.Add($"/info/{e}/index.json");
            data.Add($"/api/lookup?name={e}");
            data.Add($"/api/lookup?number={e}");
            data.Add($"/api/sensors?start={e}&stop=2022-01-02");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InjectionUrls))]
    public async Task SqlInjectionInAnyPositionIsHarmless(string url)
    {
        using var reply = await server.Client.GetAsync(url);

        Assert.InRange((int)reply.StatusCode, 200, 499);
        using var after = await server.Client.GetAsync("/tabledap/periodic_table.csv0?Symbol&AtomicNumber=1");
        Assert.Equal("H\n", await after.Content.ReadAsStringAsync());
        Assert.Equal(3, (await server.Client.GetStringAsync("/tabledap/allDatasets.json")).Split("\"public\"").Length - 1);
        Assert.False(File.Exists("/tmp/leak.csv"));
    }

    [Fact]
    public async Task MalformedAndRandomQueriesNeverGetA5xx()
    {
        var random = new Random(20220105);
        string[] pieces = ["time", "depth", "temperature", ",", "&", "=", "!=", "<", "<=", ">", ">=", "=~", "\"", "(", ")", "orderBy", "orderByMean", "orderByMax", "distinct", "/", "1hour", "NaN", "2022-01-05", "T", "Z", "%", "%2", "%26", "%22", "\\", "'", ";", "-1e999", "9".PadLeft(40, '9'), " ", "é", "\u0000", "+", "+01:00", "\".*\"", "\"19.\"", "latitude"];
        string[] types = ["csv", "csvp", "csv0", "tsv", "json", "jsonlKVP", "htmlTable", "parquet", "png", "nc", ""];
        for (var i = 0; i < 300; i++)
        {
            var query = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var url = $"/tabledap/osb_ctd_jan2022.{types[random.Next(types.Length)]}?{query}";
            using var reply = await server.Client.GetAsync(url);
            Assert.True((int)reply.StatusCode < 500, $"{url} gave {(int)reply.StatusCode}");
        }
    }

    [Fact]
    public async Task AQueryOverTheRowCapIsRefusedWithTheCountAndAHint()
    {
        await using var factory = new MoceanFactory();
        factory.Settings["RowCap"] = "1000";
        using var client = factory.CreateClient();

        using var reply = await client.GetAsync("/tabledap/osb_ctd_jan2022.csv?time,temperature&time>=2022-01-05&time<2022-01-06");
        var body = await reply.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.StatusCode);
        Assert.Contains("too many rows (1440 > the cap of 1000)", body, StringComparison.Ordinal);
        Assert.Contains("orderByMean", body, StringComparison.Ordinal);
        using var averaged = await client.GetAsync("/tabledap/osb_ctd_jan2022.csv?time,temperature&time>=2022-01-05&time<2022-01-06&orderByMean(%22time/1hour%22)");
        Assert.Equal(HttpStatusCode.OK, averaged.StatusCode);
    }

    [Fact]
    public async Task PreflightAndErrorsCarryCors()
    {
        using var preflight = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/tabledap/osb_ctd_jan2022.csv"));
        using var error = await server.Client.GetAsync("/erddap/tabledap/nosuch.csv");

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Contains("X-Api-Key", preflight.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("*", error.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("Error {\n    code=404;\n    message=\"Not Found: Currently unknown datasetID=nosuch\";\n}\n", await error.Content.ReadAsStringAsync());
    }
}

[Collection(TeachingApiTests.Server.Shared)]
public sealed class TeachingApiFuzzTests(TeachingApiTests.Server server)
{
    [Fact]
    public async Task RandomParametersToTheTeachingRoutesAndInfoNeverGetA5xx()
    {
        var random = new Random(279);
        string[] routes = ["/api/profile", "/api/sensors", "/api/lookup", "/info/osb_ctd_jan2022/index.csv", "/erddap/info/x/index.json", "/tabledap/allDatasets.json"];
        string[] keys = ["day", "index", "start", "stop", "name", "symbol", "number", "DAY", ""];
        string[] values = ["1", "0", "-1", "31", "32", "9", "99999999999999999999", "2022-01-05 03:00:00", "2022-01-05T03:00:00Z", "2022-13-45", "1e9", "NaN", "%", "%zz", "'", "\"", "He", "he ", "", "é", "%00"];
        for (var i = 0; i < 300; i++)
        {
            var query = string.Join('&', Enumerable.Range(0, random.Next(0, 4)).Select(_ => $"{keys[random.Next(keys.Length)]}={values[random.Next(values.Length)]}"));
            var url = $"{routes[random.Next(routes.Length)]}?{query}";
            using var reply = await server.Client.GetAsync(url);
            Assert.True((int)reply.StatusCode < 500, $"{url} gave {(int)reply.StatusCode}");
        }
    }
}

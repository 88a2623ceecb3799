using System.Net;
using System.Text.Json;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Research;
using Mocean.Research.Ingest;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

/// <summary>
/// Numbers as stored: a NetCDF file's 32-bit floats, shorts, ints and bytes keep their width from ingest to every
/// reply (a float prints as <c>8.46</c>, as ERDDAP prints it, not <c>8.460000038146973</c>), <c>info</c> and <c>.json</c>
/// name the stored type as ERDDAP does, Parquet and NetCDF keep the width, and Parquet times are UTC instants.
/// </summary>
public sealed class StoredWidthTests(StoredWidthTests.Server server) : IClassFixture<StoredWidthTests.Server>
{
    private readonly HttpClient client = server.Client;
    private readonly string folder = server.Folder;

    /// <summary>One server with the data set of every width, which the tests only read.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly MoceanFactory factory = new();

        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mocean-widths-" + Guid.NewGuid().ToString("N"));

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Folder);
            var file = Path.Combine(Folder, "widths.nc");
            var made = await Python.RunAsync("-c", [
                """
                import sys, numpy as np, netCDF4
                d = netCDF4.Dataset(sys.argv[1], "w", format="NETCDF3_CLASSIC")
                d.createDimension("time", 4)
                t = d.createVariable("time", "i4", ("time",)); t.units = "minutes since 2022-01-05"
                t[:] = [0, 1, 2, 3]
                v = d.createVariable("temp", "f4", ("time",), fill_value=np.float32(-999)); v.units = "degree_C"
                v[:] = np.ma.masked_array(np.array([8.46, 8.47, 10.1, 0], dtype="f4"), [0, 0, 0, 1])
                d.createVariable("count", "i2", ("time",))[:] = [1, 2, -3, 300]
                d.createVariable("level", "i4", ("time",))[:] = [100000, 2, 3, 4]
                d.createVariable("flag", "i1", ("time",))[:] = [0, 1, -1, 127]
                d.createVariable("mean", "f8", ("time",))[:] = [0.1, 0.2, 0.3, 0.4]
                d.close()
                """, file]);
            Assert.True(made.ExitCode == 0, made.Error);
            Client = factory.CreateClient();
            var data = factory.Services.GetRequiredService<DataService>();
            data.Add(DataService.DescribeFiles([file], "widths", "Widths"));
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await factory.DisposeAsync();
            Directory.Delete(Folder, recursive: true);
        }
    }

    private async Task<string> Get(string url)
    {
        using var reply = await client.GetAsync(url);
        var body = await reply.Content.ReadAsStringAsync();
        Assert.True(reply.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    [Fact]
    public async Task EveryTextFormatWritesAFloatAsAFloat()
    {
        Assert.Equal(
            "time,temp,count,level,flag,mean\nUTC,degree_C,,,,\n2022-01-05T00:00:00Z,8.46,1,100000,0,0.1\n2022-01-05T00:01:00Z,8.47,2,2,1,0.2\n2022-01-05T00:02:00Z,10.1,-3,3,-1,0.3\n2022-01-05T00:03:00Z,NaN,300,4,127,0.4\n",
            await Get("/tabledap/widths.csv"));
        Assert.Contains("[\"2022-01-05T00:00:00Z\", 8.46, 1, 100000, 0, 0.1]", await Get("/tabledap/widths.json"), StringComparison.Ordinal);
        Assert.Contains("\"columnTypes\": [\"String\", \"float\", \"short\", \"int\", \"byte\", \"double\"]", await Get("/tabledap/widths.json"), StringComparison.Ordinal);
        Assert.Contains("{\"time\":\"2022-01-05T00:03:00Z\", \"temp\":null, \"count\":300", await Get("/tabledap/widths.jsonlKVP"), StringComparison.Ordinal);
        Assert.Contains("<td>8.46</td>", await Get("/tabledap/widths.htmlTable"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConstraintsAndRegularExpressionsSeeTheValueAsWritten()
    {
        Assert.Equal("8.46\n", await Get("/tabledap/widths.csv0?temp&temp=8.46"));
        Assert.Equal("8.47\n", await Get("/tabledap/widths.csv0?temp&temp=~%228%5C.47%22"));
        Assert.Equal("10.1\n", await Get("/tabledap/widths.csv0?temp&temp>=max(temp)"));
        Assert.Equal("-1\n", await Get("/tabledap/widths.csv0?flag&flag<0"));
    }

    [Fact]
    public async Task InfoGivesTheStoredTypeAndRangeAsErddapDoes()
    {
        var rows = JsonDocument.Parse(await Get("/info/widths/index.json")).RootElement.GetProperty("table").GetProperty("rows")
            .EnumerateArray().Select(r => string.Join('|', r.EnumerateArray().Select(v => v.GetString()))).ToList();

        Assert.Contains("variable|temp||float|", rows);
        Assert.Contains("attribute|temp|actual_range|float|8.46, 10.1", rows);
        Assert.Contains("variable|count||short|", rows);
        Assert.Contains("variable|level||int|", rows);
        Assert.Contains("variable|flag||byte|", rows);
        Assert.Contains("variable|mean||double|", rows);
        Assert.Contains("variable|time||double|", rows);
    }

    [Fact]
    public async Task ParquetKeepsTheWidthAndMarksTimesAsUtc()
    {
        var path = Path.Combine(folder, "widths.parquet");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync("/tabledap/widths.parquet"));
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, type, coalesce(converted_type, ''), coalesce(logical_type, '') FROM parquet_schema('{path}') WHERE name <> 'duckdb_schema'";
        using var reader = command.ExecuteReader();
        var schema = new Dictionary<string, string>();
        while (reader.Read())
        {
            schema[reader.GetString(0)] = $"{reader.GetString(1)} {reader.GetString(2)} {reader.GetString(3)}";
        }

        var all = string.Join("; ", schema.Select(c => $"{c.Key}: {c.Value}"));
        Assert.True(schema["temp"].StartsWith("FLOAT ", StringComparison.Ordinal), all);
        Assert.True(schema["mean"].StartsWith("DOUBLE ", StringComparison.Ordinal), all);
        Assert.True(schema["count"].StartsWith("INT32 INT_16", StringComparison.Ordinal), all);
        Assert.True(schema["flag"].StartsWith("INT32 INT_8", StringComparison.Ordinal), all);
        Assert.True(schema["level"].StartsWith("INT32 INT_32", StringComparison.Ordinal), all);
        Assert.True(schema["time"].Contains("isAdjustedToUTC=1", StringComparison.Ordinal), all);
    }

    [Fact]
    public async Task NetCdfKeepsTheWidthWithEachTypesFillValue()
    {
        var path = Path.Combine(folder, "reply.nc");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync("/tabledap/widths.nc"));

        var nc = NetCdf3.Open(path);

        Assert.Equal(5, nc.Variable("temp").Type);
        Assert.Equal(3, nc.Variable("count").Type);
        Assert.Equal(4, nc.Variable("level").Type);
        Assert.Equal(1, nc.Variable("flag").Type);
        Assert.Equal(6, nc.Variable("time").Type);
        Assert.Equal(32767, nc.Variable("count").NumberAttribute("_FillValue"));
        Assert.Equal([8.46f, 8.47f, 10.1f, float.NaN], nc.ReadDoubles("temp").Select(v => (float)v));
        Assert.Equal([1.0, 2, -3, 300], nc.ReadDoubles("count"));
    }
}

using System.Text.Json;

namespace Mocean.Client.Tests;

public sealed class DataClientTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private static readonly DateTimeOffset Day5 = new(2022, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private MoceanClient Mocean => fixture.Client;

    [Fact]
    public async Task AProfileReadsEveryFieldOfTheTeachingApi()
    {
        var profile = await Mocean.Data.ProfileAsync(1, 2);

        Assert.Equal(new DateTime(2022, 1, 1, 2, 11, 0, DateTimeKind.Utc), profile.RestStartTime);
        Assert.Equal(DateTimeKind.Utc, profile.AscentStartTime.Kind);
        Assert.Equal((194d, 194d, 105d, 105d, 196d), (profile.RestStartDepth, profile.AscentStartDepth, profile.PeakDepth, profile.DescentStartDepth, profile.DescentEndDepth));
        Assert.Equal(new DateTime(2022, 1, 1, 2, 37, 0), profile.AscentStartTime);
        Assert.Equal(new DateTime(2022, 1, 1, 3, 15, 0), profile.PeakTime);
        Assert.Equal(new DateTime(2022, 1, 1, 3, 15, 0), profile.DescentStartTime);
        Assert.Equal(new DateTime(2022, 1, 1, 3, 38, 0), profile.DescentEndTime);
        Assert.Equal("2022-01-01 02:37:00", profile.Id);
        Assert.True(profile.Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public async Task SensorsAreSplitIntoTemperatureAndSalinityInTimeOrder()
    {
        var sensors = await Mocean.Data.SensorsAsync(new DateTime(2022, 1, 5, 3, 0, 0), new DateTime(2022, 1, 5, 3, 2, 0));

        Assert.Equal(2, sensors.Temperature.Count);
        Assert.Equal(2, sensors.Salinity.Count);
        Assert.Equal(new SensorSampleView(new DateTime(2022, 1, 5, 3, 0, 0), 141, 8.7629), SensorSampleView.Of(sensors.Temperature[0]));
        Assert.Equal(new SensorSampleView(new DateTime(2022, 1, 5, 3, 1, 0), 138, 33.83903), SensorSampleView.Of(sensors.Salinity[1]));
    }

    [Fact]
    public async Task AProfilesSensorsRunFromItsAscentStartToItsDescentStart()
    {
        var profile = await Mocean.Data.ProfileAsync(5, 9);
        var sensors = await Mocean.Data.SensorsAsync(profile);

        Assert.NotEmpty(sensors.Temperature);
        Assert.Equal(profile.AscentStartTime, sensors.Temperature[0].Time);
        Assert.All(sensors.Temperature.Concat(sensors.Salinity), s => Assert.InRange(s.Time, profile.AscentStartTime, profile.DescentStartTime.AddTicks(-1)));
        Assert.True(sensors.Temperature.Zip(sensors.Temperature.Skip(1)).All(p => p.First.Time < p.Second.Time));
    }

    [Theory]
    [InlineData("helium")]
    [InlineData("He")]
    [InlineData("2")]
    public async Task AnElementIsFoundByNameSymbolOrNumber(string key)
    {
        var helium = await Mocean.Data.LookupAsync(key);

        Assert.Equal((2, "Helium", "He"), (helium.AtomicNumber, helium.Name, helium.Symbol));
        Assert.Equal("gas", helium.Attributes["Phase"].GetString());
    }

    [Fact]
    public async Task BadParametersOfTheTeachingApiThrowWithTheJsonErrorLine()
    {
        var day = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Data.ProfileAsync(32, 1));
        Assert.Equal((400, "/api/profile"), (day.Status, day.Route));
        Assert.Contains("32", day.ServerLine, StringComparison.Ordinal);
        Assert.DoesNotContain("{", day.ServerLine, StringComparison.Ordinal);

        var element = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Data.LookupAsync("unobtainium"));
        Assert.Equal((404, "/api/lookup"), (element.Status, element.Route));
    }

    [Fact]
    public async Task TheErddapyUrlOfADayReturnsThatDayFromTheServer()
    {
        var day = Mocean.Data.Tabledap("osb_ctd_jan2022").Select("time", "depth", "temperature").Between(Day5, Day5.AddDays(1));

        var reply = await day.GetTextAsync("csvp");

        var lines = reply.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time (UTC),depth (m),temperature (degree_C)", lines[0]);
        Assert.Equal("2022-01-05T00:00:00Z,191,8.46122", lines[1]);
        Assert.Equal((24 * 60) + 1, lines.Length - 1);
    }

    [Fact]
    public async Task AJsonQueryReadsAsATable()
    {
        var table = await Mocean.Data.Tabledap("osb_profiles_jan2022").Select("profile", "time", "peak_depth").Where("profile", "<", 2L).GetTableAsync();

        Assert.Equal(["profile", "time", "peak_depth"], table.ColumnNames);
        Assert.Equal(["long", "String", "double"], table.ColumnTypes);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("2022-01-01T02:37:00Z", table.Rows[1][table.Column("time")].GetString());
        Assert.Equal(105, table.Rows[1][2].GetDouble());
        Assert.Equal(JsonValueKind.Number, table.Rows[0][0].ValueKind);
    }

    [Fact]
    public async Task APlusInARegexOrANumberReachesTheServerAsAPlus()
    {
        var reply = await Mocean.Data.Tabledap("periodic_table").Select("Element").Where("Element", "=~", "Ne.+").Where("AtomicNumber", "<", 1e16).GetTextAsync("csv0");

        Assert.Equal("Neon\nNeodymium\nNeptunium\n", reply.Text);
    }

    [Fact]
    public async Task AnEmptyResultThrowsErddaps404Message()
    {
        var none = Mocean.Data.Tabledap("osb_ctd_jan2022").Select("time").Where("depth", ">", 10000.0);

        var no = await Assert.ThrowsAsync<MoceanException>(() => none.GetTextAsync());

        Assert.Equal(404, no.Status);
        Assert.Equal("Not Found: Your query produced no matching results. (nRows = 0)", no.ServerLine);
    }

    [Fact]
    public async Task ABadQueryThrowsErddaps400()
    {
        var no = await Assert.ThrowsAsync<MoceanException>(() => Mocean.Data.Tabledap("osb_ctd_jan2022").Select("nosuchcolumn").GetTextAsync());

        Assert.Equal(400, no.Status);
        Assert.DoesNotContain("Error {", no.ServerLine, StringComparison.Ordinal);
    }

    private sealed record SensorSampleView(DateTime Time, double Depth, double? Value)
    {
        public static SensorSampleView Of(Data.SensorSample s) => new(s.Time, s.Depth, s.Value);
    }
}

using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

[Collection(TeachingApiTests.Server.Shared)]
public sealed class TeachingApiTests(TeachingApiTests.Server server)
{
    /// <summary>
    /// One server with the sample data sets, shared by every class of the collection <see cref="Shared"/>: they only read.
    /// </summary>
    public sealed class Server : IAsyncLifetime
    {
        /// <summary>The collection of the classes that read the sample data sets of one server.</summary>
        public const string Shared = "the sample data sets, read only";

        public MoceanFactory Factory { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Client = Factory.CreateClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var reply = await server.Client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProfileIsTheIndexthRowOfThatDayWithPeakFields()
    {
        var (status, body) = await Get("/api/profile?day=1&index=2");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Golden.Read("profile_day1_index2.json"), body);
    }

    [Fact]
    public async Task SensorsGiveOneTempAndOneSalinityRecordPerSampleInTimeOrder()
    {
        var (status, body) = await Get("/api/sensors?start=2022-01-05%2003:00:00&stop=2022-01-05T03:02:00Z");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Golden.Read("sensors_two_minutes.json"), body);
    }

    [Fact]
    public async Task LookupFindsAnElementByNameSymbolOrNumber()
    {
        var byName = await Get("/api/lookup?name=hElIuM");
        var bySymbol = await Get("/api/lookup?symbol=He");
        var byNumber = await Get("/api/lookup?number=2");

        Assert.Equal(Golden.Read("lookup_helium.json"), byName.Body);
        Assert.Equal(byName.Body, bySymbol.Body);
        Assert.Equal(byName.Body, byNumber.Body);
    }

    [Fact]
    public async Task AnElementIsTheOriginalsDocumentMissingAttributesAbsentWholeColumnsWithGapsAsFloatsFlagsAsBooleansAndItsNameAsId()
    {
        var (status, body) = await Get("/api/lookup?name=Hydrogen");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            """[{"AtomicNumber":1,"Element":"Hydrogen","Symbol":"H","AtomicMass":1.007,"NumberofNeutrons":0,"NumberofProtons":1,"NumberofElectrons":1,"Period":1,"Group":1.0,"Phase":"gas","Radioactive":false,"Natural":true,"Metal":false,"Nonmetal":true,"Metalloid":false,"Type":"Nonmetal","AtomicRadius":0.79,"Electronegativity":2.2,"FirstIonization":13.5984,"Density":8.99e-05,"MeltingPoint":14.175,"BoilingPoint":20.28,"NumberOfIsotopes":3.0,"Discoverer":"Cavendish","Year":1766.0,"SpecificHeat":14.304,"NumberofShells":1,"NumberofValence":1.0,"id":"Hydrogen"}]""",
            body);
        Assert.DoesNotContain("null", (await Get("/api/lookup?name=Argon")).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/profile?day=32&index=1", 400, "{\"error\":\"day must be 1..31 (January 2022), not 32\"}")]
    [InlineData("/api/profile?day=5&index=0", 400, "{\"error\":\"index must be 1..9 (nine profiles a day), not 0\"}")]
    [InlineData("/api/profile?day=five&index=1", 400, "{\"error\":\"'day' must be a whole number, not 'five': send day=1..31 (January 2022)\"}")]
    [InlineData("/api/profile?day=99999999999999999999&index=1", 400, "{\"error\":\"'day' is too big: send day=1..31 (January 2022)\"}")]
    [InlineData("/api/sensors?start=2022-01-05%2004:00:00&stop=2022-01-05%2003:00:00", 400, "{\"error\":\"stop must be after start\"}")]
    [InlineData("/api/sensors?start=noon&stop=2022-01-05%2003:00:00", 400, "{\"error\":\"start must be a time like 2022-01-05 03:00:00, not 'noon'\"}")]
    [InlineData("/api/lookup?name=Unobtainium", 404, "{\"error\":\"there is no element with name 'Unobtainium'\"}")]
    [InlineData("/api/lookup?number=two", 400, "{\"error\":\"number must be an atomic number, a whole number like 2, not 'two'\"}")]
    [InlineData("/api/lookup?number=200", 404, "{\"error\":\"there is no element with number '200'\"}")]
    [InlineData("/api/lookup?name=Helium&symbol=He", 400, "{\"error\":\"send one of name=Helium, symbol=He or number=2\"}")]
    public async Task BadParametersGetAJsonErrorWithOneLine(string url, int status, string body)
    {
        using var reply = await server.Client.GetAsync(url);

        Assert.Equal(status, (int)reply.StatusCode);
        Assert.Equal("application/json", reply.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body, await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFullProfileGoesFromAbout190MetresToNearTheSurfaceAndBack()
    {
        var profile = System.Text.Json.JsonDocument.Parse((await Get("/api/profile?day=1&index=1")).Body).RootElement;
        var start = profile.GetProperty("ascent start time").GetString();
        var stop = profile.GetProperty("descent end time").GetString();
        var records = System.Text.Json.JsonDocument.Parse((await Get($"/api/sensors?start={start}&stop={stop}")).Body).RootElement;
        var depths = records.EnumerateArray().Where(r => r.TryGetProperty("temp", out _)).Select(r => r.GetProperty("depth").GetDouble()).ToList();

        Assert.InRange(depths[0], 180, 200);
        Assert.InRange(depths.Min(), 8, 25);
        Assert.InRange(depths[^1], 150, 200);
        Assert.True(depths.IndexOf(depths.Min()) is > 10 and var i && i < depths.Count - 10);
    }
}

/// <summary>Golden files pinning the wire format, in Research/Golden beside the tests.</summary>
internal static class Golden
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(Python.RepoRoot, "tests", "Mocean.Server.Tests", "Research", "Golden", name)).TrimEnd('\n');
}

/// <summary>The classes that only read the sample data sets share one server.</summary>
[CollectionDefinition(TeachingApiTests.Server.Shared)]
public sealed class SampleDataReaders : ICollectionFixture<TeachingApiTests.Server>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

public sealed class TeachingRepliesTests
{
    private const string Sensors = "/api/sensors?start=2022-01-05%2003:00:00&stop=2022-01-05%2003:02:00";

    [Fact]
    public async Task RepublishingTheSeriesChangesTheSensorsReplyAtOnce()
    {
        await using var factory = new MoceanFactory();
        using var client = factory.CreateClient();
        var before = await client.GetStringAsync(Sensors);
        Assert.Equal(before, await client.GetStringAsync(Sensors.Replace("%20", "T", StringComparison.Ordinal)));

        var tenfold = SampleDatasets.CtdSeries() with
        {
            Columns = [.. SampleDatasets.CtdSeries().Columns.Select(c => c.Name == "temperature" ? c with { Scale = 10 } : c)],
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/datasets") { Content = JsonContent.Create(tenfold, options: DataService.DescriptorJson) };
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using var published = await client.SendAsync(request);
        Assert.True(published.StatusCode == HttpStatusCode.OK, string.Join("\n", factory.Logs.Lines));

        var after = await client.GetStringAsync(Sensors);
        Assert.Equal(10 * FirstTemp(before), FirstTemp(after), 6);
    }

    [Fact]
    public async Task ARefusalNamesWhatEachRequestSent()
    {
        await using var factory = new MoceanFactory();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/api/lookup?name=Unobtainium");
        using var second = await client.GetAsync("/api/lookup?name=UNOBTAINIUM");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal("{\"error\":\"there is no element with name 'Unobtainium'\"}", await first.Content.ReadAsStringAsync());
        Assert.Equal("{\"error\":\"there is no element with name 'UNOBTAINIUM'\"}", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RandomRequestsAnswerTheSameFromTheCacheAsFresh()
    {
        await using var warm = new MoceanFactory();
        await using var fresh = new MoceanFactory();
        using var cached = warm.CreateClient();
        using var uncached = fresh.CreateClient();
        var random = new Random(2022);
        string[] times = ["2022-01-05 03:00:00", "2022-01-05T03:00:00", "2022-01-05T03:00:00Z", "2022-01-05%2003:01:00", "2022-01-05 03:02:00", "2022-01-05T02:59", "2022-13-01", ""];
        string[] names = ["helium", "HELIUM", "Helium", " helium ", "He", "he", "2", "02", "+2", "x", "İ", ""];
        var urls = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            urls.Add(random.Next(3) switch
            {
                0 => $"/api/sensors?start={times[random.Next(times.Length)]}&stop={times[random.Next(times.Length)]}",
                1 => $"/api/profile?day={random.Next(-1, 33)}&index={random.Next(-1, 11)}",
                _ => $"/api/lookup?{new[] { "name", "symbol", "number" }[random.Next(3)]}={names[random.Next(names.Length)]}",
            });
        }

        foreach (var url in urls)
        {
            using var _ = await cached.GetAsync(url);
        }

        // Now the first server answers from its cache what the second works out for the first time.
        foreach (var url in urls)
        {
            using var first = await cached.GetAsync(url);
            using var second = await uncached.GetAsync(url);
            Assert.True((int)first.StatusCode < 500, url);
            Assert.Equal(first.StatusCode, second.StatusCode);
            Assert.Equal(await second.Content.ReadAsStringAsync(), await first.Content.ReadAsStringAsync());
        }
    }

    private static double FirstTemp(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().First(e => e.TryGetProperty("temp", out _)).GetProperty("temp").GetDouble();
}

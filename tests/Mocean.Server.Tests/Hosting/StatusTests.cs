using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Operations;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

public sealed partial class StatusTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    [Fact]
    public async Task StatusShowsVersionUpSinceRequestsServedAndLogLinesDropped()
    {
        var client = factory.CreateClient();

        var reply = await client.GetAsync("/status");

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var lines = (await reply.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("version: " + ServerVersion.Text, lines[0]);
        Assert.Matches(UpSince(), lines[1]);
        Assert.Matches(@"^requests served: \d+$", lines[2]);
        Assert.Equal("log lines dropped: 0", lines[3]);
    }

    [Fact]
    public async Task RequestsServedGrowsWithEachRequest()
    {
        var client = factory.CreateClient();
        var before = await Served(client);

        for (var i = 0; i < 5; i++)
        {
            await client.GetAsync("/hello");
        }

        Assert.True(await Served(client) >= before + 6);
    }

    [Fact]
    public async Task StatusInJsonHasNamedFields()
    {
        var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/status?format=json"));

        Assert.Equal(ServerVersion.Text, json.RootElement.GetProperty("version").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", json.RootElement.GetProperty("upSince").GetString());
        Assert.True(json.RootElement.GetProperty("requestsServed").GetInt64() >= 0);
        Assert.Equal(0, json.RootElement.GetProperty("logLinesDropped").GetInt64());
    }

    [Fact]
    public async Task ServicesAddTheirOwnLines()
    {
        using var withOcean = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStatusContributor, TwoLessons>()));
        var client = withOcean.CreateClient();

        var text = await client.GetStringAsync("/status");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/status?format=json"));

        Assert.EndsWith("\nlessons today: steps 3, ocean 0", text, StringComparison.Ordinal);
        Assert.Equal(3, json.RootElement.GetProperty("lessonsToday").GetProperty("steps").GetInt32());
    }

    [Fact]
    public async Task StatusListsTheDataSetsLoadedWithTheirRows()
    {
        var client = factory.CreateClient();

        var text = await client.GetStringAsync("/status");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/status?format=json"));

        // The samples, in the order of their ids, among the game's records (ocean_*) that other tests' oceans publish.
        var loaded = text.Split('\n').Single(line => line.StartsWith("data sets loaded: ", StringComparison.Ordinal))["data sets loaded: ".Length..]
            .Split(", ").Where(set => !set.StartsWith("ocean_", StringComparison.Ordinal));
        Assert.Equal(["osb_ctd_jan2022 (44638 rows)", "osb_profiles_jan2022 (279 rows)", "periodic_table (118 rows)"], loaded);
        Assert.Equal(279, json.RootElement.GetProperty("datasetsLoaded").GetProperty("osb_profiles_jan2022").GetInt64());
    }

    [Fact]
    public async Task StatusCountsThePlayersInEachOcean()
    {
        var client = factory.CreateClient();
        using var admin = new HttpRequestMessage(HttpMethod.Post, "/admin/ocean?ocean=zstatus&seed=5");
        admin.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(admin)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/join?name=statusa&ocean=zstatus")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/join?name=statusb&ocean=zstatus")).StatusCode);

        var text = await client.GetStringAsync("/status");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/status?format=json"));

        Assert.Matches(@"\nplayers per ocean: main \d+, (\w+ \d+, )*zstatus 2(\n|$)", text);
        Assert.Equal(2, json.RootElement.GetProperty("playersPerOcean").GetProperty("zstatus").GetInt32());
    }

    private static async Task<long> Served(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/status?format=json"));
        return json.RootElement.GetProperty("requestsServed").GetInt64();
    }

    [GeneratedRegex(@"^up since: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")]
    private static partial Regex UpSince();

    private sealed class TwoLessons : IStatusContributor
    {
        public ValueTask<IEnumerable<StatusLine>> StatusLinesAsync() =>
            ValueTask.FromResult<IEnumerable<StatusLine>>([new("lessons today", "lessonsToday", "steps 3, ocean 0", new Dictionary<string, int> { ["steps"] = 3, ["ocean"] = 0 })]);
    }
}

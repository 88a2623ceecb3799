using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Mocean.OceanHosting;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Store;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;
using static Mocean.Server.Tests.Recording.ReplayKit;

namespace Mocean.Server.Tests.Recording;

/// <summary>
/// A replay counts the rows of each data set of the record once (for a round: the count that finds it, and refuses it over the
/// row cap), then reads them, on a store that notes every count it makes.
/// </summary>
public sealed class ReplayCountTests : IAsyncLifetime
{
    private readonly MoceanFactory factory = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero));
    private readonly ConcurrentQueue<string> counts = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services
            .AddSingleton(new MoceanClock(clock))
            .AddSingleton(provider =>
            {
                Directory.CreateDirectory(factory.DataDir);
                var data = new DataService(new CountingStore(new DuckStore(Path.Combine(factory.DataDir, DataService.StoreFile)), counts),
                    provider.GetRequiredService<MoceanClock>());
                data.PublishMissing(SampleDatasets.All(), descriptorFolder: null);
                return data;
            }))).CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task AReplayCountsTheRowsOfEachDataSetOnceAndRepliesAsBefore()
    {
        var (ocean, _) = await RoundAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/round/end?ocean={ocean}")).Status);
        var round = $"/ocean/replay?ocean={ocean}&round=1";
        var window = $"/ocean/replay?ocean={ocean}&from=2026-03-14T15:00:00Z&to=2026-03-14T16:00:00Z";
        var stored = await UntilAsync(client, round, r => Events(r).Any(e => e.Kind == "round_ended"), teacher: false);
        var whole = await UntilAsync(client, window, r => Events(r).Any(e => e.Kind == "round_ended"));

        counts.Clear();
        var student = await client.Get(round);
        Assert.Equal(HttpStatusCode.OK, student.Status);
        Assert.True(JsonNode.DeepEquals(stored, JsonNode.Parse(student.Text)), student.Text);
        Assert.Equal((1, 1), CountsOf(ocean));

        counts.Clear();
        var teacher = await client.Admin(window, method: HttpMethod.Get);
        Assert.Equal(HttpStatusCode.OK, teacher.Status);
        Assert.True(JsonNode.DeepEquals(whole, JsonNode.Parse(teacher.Text)), teacher.Text);
        Assert.Equal((1, 1), CountsOf(ocean));
    }

    /// <summary>How many times the rows of the ocean's events and of its tracks were counted (the students' views included).</summary>
    private (int Events, int Tracks) CountsOf(string ocean) =>
        (counts.Count(sql => sql.Contains($"ocean_{ocean}_events", StringComparison.Ordinal)),
            counts.Count(sql => sql.Contains($"ocean_{ocean}_tracks", StringComparison.Ordinal)));

    /// <summary>The real store, each count's SQL noted.</summary>
    private sealed class CountingStore(IDataStore store, ConcurrentQueue<string> counts) : DelegatingDataStore(store)
    {
        public override long Count(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel)
        {
            counts.Enqueue(sql);
            return base.Count(sql, parameters, cancel);
        }
    }
}

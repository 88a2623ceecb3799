using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Admin;

/// <summary>
/// The teacher's player list shows when each player last sent a request, as the ocean recorded it, on a clock
/// the test moves by hand: text, <c>format=json</c>, and across a pause (ocean time stands still).
/// </summary>
public sealed class PlayerLastSeenTests : IAsyncLifetime
{
    private const string Header = "players (ocean,name,joined,last seen)";
    private readonly MoceanFactory factory = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient(clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private Task<(System.Net.HttpStatusCode Status, string Text)> List(string query = "") =>
        client.Admin("/admin/players" + query, method: HttpMethod.Get);

    [Fact]
    public async Task APlayerWhoMovedTenMinutesAfterJoiningShowsThatTime()
    {
        var ann = (await client.Get("/join?name=Ann")).Text;
        await client.Get("/join?name=Bob");
        clock.Advance(TimeSpan.FromMinutes(10));
        await client.Get($"/accel?id={ann}&ctrl=w");
        clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(
            (System.Net.HttpStatusCode.OK, $"""
            2 {Header}
            main,Ann,2026-03-14T09:00:00Z,2026-03-14T09:10:00Z
            main,Bob,2026-03-14T09:00:00Z,2026-03-14T09:00:00Z

            """),
            await List());
        Assert.Equal(
            """{"count":2,"players":[{"ocean":"main","name":"Ann","joined":"2026-03-14T09:00:00Z","lastSeen":"2026-03-14T09:10:00Z","paused":false},"""
            + """{"ocean":"main","name":"Bob","joined":"2026-03-14T09:00:00Z","lastSeen":"2026-03-14T09:00:00Z","paused":false}]}""",
            (await List("?format=json")).Text);
    }

    [Fact]
    public async Task InAPausedOceanARequestReadsAsTheMomentThePauseBeganAndAfterResumingAsItsOwnTime()
    {
        var ann = (await client.Get("/join?name=Ann")).Text;
        clock.Advance(TimeSpan.FromMinutes(10));
        await client.Admin("/admin/pause");
        clock.Advance(TimeSpan.FromMinutes(5));
        await client.Get($"/location?id={ann}");
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal($"1 {Header}\nmain,Ann,2026-03-14T09:00:00Z,2026-03-14T09:10:00Z\n", (await List()).Text);
        Assert.Contains("\"paused\":true", (await List("?format=json")).Text, StringComparison.Ordinal);

        await client.Admin("/admin/resume");
        clock.Advance(TimeSpan.FromMinutes(1));
        await client.Get($"/location?id={ann}");
        Assert.Equal($"1 {Header}\nmain,Ann,2026-03-14T09:00:00Z,2026-03-14T09:21:00Z\n", (await List()).Text);
    }

    [Fact]
    public async Task TheListOfOneOceanShowsOnlyItsPlayersAndAnUnknownOceanIsA404()
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.Admin("/admin/ocean?ocean=reef&seed=7")).Status);
        await client.Get("/join?name=Ann");
        clock.Advance(TimeSpan.FromMinutes(1));
        await client.Get("/join?name=Cora&ocean=reef");

        Assert.Equal($"1 {Header}\nreef,Cora,2026-03-14T09:01:00Z,2026-03-14T09:01:00Z\n", (await List("?ocean=Reef")).Text);
        Assert.Equal(
            (System.Net.HttpStatusCode.NotFound, "there is no ocean 'nosuchocean'; GET /admin/players lists the players of every ocean\n"),
            await List("?ocean=nosuchocean"));
        Assert.Equal(
            $"2 {Header}\nmain,Ann,2026-03-14T09:00:00Z,2026-03-14T09:00:00Z\nreef,Cora,2026-03-14T09:01:00Z,2026-03-14T09:01:00Z\n",
            (await List()).Text);
    }

    [Fact]
    public async Task HostileListQueriesNeverGetA5xx()
    {
        await client.Get("/join?name=Ann");
        var random = new Random(20261129);
        string[] values = ["json", "JSON", " json ", "text", "", "main", "MAIN", "reef", "a b", "%00", "\u00e9", new string('x', 300)];
        for (var i = 0; i < 200; i++)
        {
            var query = HostileQuery.Build(random, ["ocean", "format", "Ocean", "FORMAT", "x"], r => Uri.EscapeDataString(values[r.Next(values.Length)]));
            var (status, text) = await List("?" + query);
            Assert.True((int)status < 500, $"/admin/players?{query} gave {(int)status}: {text}");
        }
    }
}

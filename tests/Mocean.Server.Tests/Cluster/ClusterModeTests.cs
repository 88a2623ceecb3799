using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// Cluster mode (<c>--cluster</c>) with real processes: two servers on one real PostgreSQL answer every player alike,
/// whichever server the player joined through; the first start makes the store's tables and later starts reuse them;
/// a store out of reach is a 503 with Retry-After, and the game goes on when it is back.
/// </summary>
public sealed class ClusterModeTests
{
    /// <summary>Both servers' clocks stand at the same moment, so a reply cannot differ by when it was asked.</summary>
    private static readonly string[] Standing = ["--clock", "2026-03-14T15:09:26Z", "--placement-seed", "7"];

    [Fact]
    public async Task PlayersJoinedThroughOneServerPlayThroughTheOtherWithTheSameReplies()
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        var servers = await Task.WhenAll(Start(postgres), Start(postgres));
        await using var a = servers[0];
        await using var b = servers[1];
        using var http = new HttpClient();

        var ada = await http.GetStringAsync($"{a.BaseUrl}/join?name=ada");
        var bob = await http.GetStringAsync($"{b.BaseUrl}/join?name=bob");
        Assert.StartsWith("the name 'ADA' is in use in the ocean main", await Refusal(http, $"{b.BaseUrl}/join?name=ADA"), StringComparison.Ordinal);

        // Every move through one server shows through the other, and the same question gets the same answer from both.
        string[] moves = [$"accel?id={ada}&ctrl=w", $"dive?id={ada}&ctrl=f", $"get?id={ada}&item=treasure", $"stop?id={ada}",
            $"sendchat?id={ada}&name=bob&message=meet%20me%20at%20the%20trench"];
        string[] looks = [$"location?id={ada}", $"location?id={ada}&format=json", $"look?id={ada}", $"inventory?id={ada}",
            $"ping?id={ada}", $"name?id={ada}", $"who?id={ada}", $"location?id={bob}"];
        for (var i = 0; i < moves.Length; i++)
        {
            var through = i % 2 == 0 ? b : a;
            using var moved = await http.GetAsync($"{through.BaseUrl}/{moves[i]}");
            Assert.True((int)moved.StatusCode < 500, $"{moves[i]} through {through.BaseUrl}: {(int)moved.StatusCode}");
            foreach (var look in looks)
            {
                var (fromA, fromB) = (await Reply(http, $"{a.BaseUrl}/{look}"), await Reply(http, $"{b.BaseUrl}/{look}"));
                Assert.Equal(fromA, fromB);
                Assert.StartsWith("200", fromA, StringComparison.Ordinal);
            }
        }

        // ada's chat, sent through a server, reaches bob through the other one.
        Assert.Contains("meet me at the trench", await http.GetStringAsync($"{b.BaseUrl}/popchat?id={bob}"), StringComparison.Ordinal);

        // Steps: a solve through one server is everyone's progress on both.
        await http.GetStringAsync($"{a.BaseUrl}/steps?name=ada&message=passport");
        var progress = await http.GetStringAsync($"{b.BaseUrl}/steps/progress");
        Assert.Contains("ada: 1 of", progress, StringComparison.Ordinal);
        Assert.Equal(progress, await http.GetStringAsync($"{a.BaseUrl}/steps/progress"));

        // ada quits through B: her name is free through A.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{b.BaseUrl}/quit?id={ada}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"{a.BaseUrl}/location?id={ada}")).StatusCode);
        Assert.Matches("^[a-z0-9]+$", await http.GetStringAsync($"{a.BaseUrl}/join?name=ada"));
    }

    [Fact]
    public async Task TheFirstStartMakesTheStoresTablesAndTheNextReusesThemWithThePlayersInThem()
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        string ada;
        await using (var first = await Start(postgres))
        {
            Assert.Contains("made the tables of PostgreSQL-Main.sql, PostgreSQL-Clustering.sql, PostgreSQL-Persistence.sql", first.Output, StringComparison.Ordinal);
            using var http = new HttpClient();
            ada = await http.GetStringAsync($"{first.BaseUrl}/join?name=ada");
            await http.GetStringAsync($"{first.BaseUrl}/steps?name=ada&message=passport");

            // A server's backup holds its own folder; the game is the store's, and the backup command says so.
            var zip = Path.Combine(Path.GetTempPath(), $"cluster-backup-{Guid.NewGuid():N}.zip");
            var (code, output, error) = await ServerProcess.RunCommandAsync(["backup", zip, "--server", first.BaseUrl, "--admin-key", MoceanFactory.AdminKey]);
            File.Delete(zip);
            Assert.Equal(0, code);
            Assert.StartsWith($"backup written to {zip}", output, StringComparison.Ordinal);
            Assert.Equal("note: this server is one of a cluster: the backup holds its own folder (the research data, its keys), not the game; "
                + "the oceans, players and Steps live in the cluster's PostgreSQL: back that up with pg_dump (docs/running-a-cluster.md)", error.Trim());
            await first.StopAsync();
        }

        // Another server with a data directory of its own: everything it knows comes from the store.
        await using var second = await Start(postgres);
        Assert.DoesNotContain("made the tables", second.Output, StringComparison.Ordinal);
        Assert.Contains("Joining the cluster of the store Host=127.0.0.1", second.Output, StringComparison.Ordinal);
        using var client = new HttpClient();
        Assert.Equal("ada", await client.GetStringAsync($"{second.BaseUrl}/name?id={ada}"));
        Assert.Contains("ada: 1 of", await client.GetStringAsync($"{second.BaseUrl}/steps/progress"), StringComparison.Ordinal);
        Assert.Equal("1", (await postgres.QueryAsync("SELECT count(*) FROM orleansquery WHERE querykey = 'WriteToStorageKey'")).Trim());
    }

    [Fact]
    public async Task AStoreOutOfReachIsA503WithRetryAfterAndTheGameGoesOnWhenItIsBack()
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        await using var server = await Start(postgres);
        using var http = new HttpClient();
        var ada = await http.GetStringAsync($"{server.BaseUrl}/join?name=ada");

        await postgres.StopAsync();
        foreach (var path in new[] { "/steps/progress", "/duck/leaderboard", "/steps/progress?format=json" })
        {
            using var refused = await http.GetAsync(server.BaseUrl + path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
            Assert.Contains("the game cannot be reached just now (its store, or the server holding this ocean); try again in a few seconds",
                await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // One warning line a refusal, never a stack trace: an outage fails many requests alike.
        Assert.True(await server.WaitForOutputAsync("/steps/progress answered 503: the store or another server is out of reach", TimeSpan.FromSeconds(10)), server.Output);
        Assert.DoesNotContain("An unhandled exception", server.Output, StringComparison.Ordinal);

        // The ocean is in memory: its players go on; what they did reaches the store once it is back.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{server.BaseUrl}/accel?id={ada}&ctrl=w")).StatusCode);

        await postgres.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{server.BaseUrl}/steps/progress")).StatusCode);
        Assert.Equal("ada", await http.GetStringAsync($"{server.BaseUrl}/name?id={ada}"));
    }

    [Fact]
    public async Task AServerWhoseStoreCannotBeReachedStopsWithOneLine()
    {
        using var closed = ServerProcess.ClosedPort();
        var store = $"Host=127.0.0.1;Port={ServerProcess.PortOf(closed)};Username=postgres;Password=hidden-word;Database=mocean";

        var (code, output, error) = await ServerProcess.RunCommandAsync(
            ["--urls", "http://127.0.0.1:0", "--data-dir", ServerProcess.NewDataDir(), "--cluster", store]);

        Assert.Equal(1, code);
        Assert.Contains("mocean-server could not start: the cluster store Host=127.0.0.1;Port=", error, StringComparison.Ordinal);
        Assert.Contains("check --cluster, and that PostgreSQL runs and lets this server in", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-word", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheClusterSettingIsCheckedAndShownWithoutItsPassword()
    {
        var (code, _, error) = await ServerProcess.RunCommandAsync(["--cluster", "Hots=db", "--urls", "http://127.0.0.1:0"]);
        Assert.Equal(1, code);
        Assert.StartsWith("mocean-server: --cluster 'Hots=db' is not accepted: it must be a PostgreSQL connection string like Host=", error, StringComparison.Ordinal);

        var (badAddress, _, addressError) = await ServerProcess.RunCommandAsync(["--silo-address", "0.0.0.0"]);
        Assert.Equal(1, badAddress);
        Assert.Contains("--silo-address '0.0.0.0' is not accepted", addressError, StringComparison.Ordinal);

        var (shown, output, _) = await ServerProcess.RunCommandAsync(["settings", "--cluster", "Host=db.school.org;Username=mocean;Password=hidden-word;Database=mocean"]);
        Assert.Equal(0, shown);
        Assert.Contains("cluster: Host=db.school.org;Username=mocean;Password=(set);Database=mocean\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-word", output, StringComparison.Ordinal);
    }

    private static Task<ServerProcess> Start(PostgresServer postgres) =>
        ServerProcess.StartAsync(extraArgs: ["--cluster", postgres.ConnectionString, .. Standing]);

    private static async Task<string> Reply(HttpClient http, string url)
    {
        using var reply = await http.GetAsync(url);
        return $"{(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}";
    }

    private static async Task<string> Refusal(HttpClient http, string url)
    {
        using var reply = await http.GetAsync(url);
        Assert.True((int)reply.StatusCode is >= 400 and < 500, $"{url}: {(int)reply.StatusCode}");
        return (await reply.Content.ReadAsStringAsync()).Trim();
    }
}

using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// A rolling restart, as an update is rolled out: each server in turn stopped (SIGTERM) and started again while a class
/// plays through the load balancer. Nobody loses anything acknowledged, and nothing is refused but with a 503 and
/// Retry-After.
/// </summary>
[Collection(nameof(ClusterCollection))]
public sealed class ClusterRestartTests(ClusterFixture cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task RestartingEachServerInTurnLosesNothing()
    {
        await cluster.MakeWholeAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var balancer = new Balancer(http, () => cluster.Running, Stopwatch.StartNew());
        await using var players = await Class.StartAsync(balancer, "r", oceans: 6, perOcean: 2);
        await Task.Delay(TimeSpan.FromSeconds(2));
        for (var i = 0; i < ClusterFixture.Size; i++)
        {
            var stopping = players.Now;
            await cluster.StopAsync(i, kill: false);
            var stopped = players.Now;
            await cluster.StartAsync(i);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server {i} stopped in {stopped - stopping:F1} s and serving again {players.Now - stopped:F1} s later"));
            Assert.True(await players.SettledAsync(players.Now, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)), $"the class did not play undisturbed within 30 s after server {i} restarted");
        }

        await players.StopAsync();
        var requests = players.Bots.SelectMany(b => b.Exchanges).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{requests.Count} requests, {requests.Count(e => e.Status == 503)} answered 503, slowest {requests.Max(e => e.Done - e.Sent):F2} s"));
        var lost = players.Bots.SelectMany(b => b.Recoveries).Where(r => r.Unknown || r.Lost.Count > 0).Select(r => r.ToString()).ToList();
        var unexplained = players.Unexplained().Select(e => e.ToString()).ToList();
        var misplaced = await players.MisplacedAsync(http, cluster.Running);
        if (lost.Count + unexplained.Count + misplaced.Count > 0)
        {
            output.WriteLine(cluster.Errors());
        }

        Assert.Empty(lost);
        Assert.Empty(unexplained);
        Assert.Empty(misplaced);
    }
}

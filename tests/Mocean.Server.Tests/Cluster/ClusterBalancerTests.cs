using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// The shipped <c>deploy/nginx-cluster.conf</c> (<see cref="NginxFront"/>) in front of the cluster: a class playing
/// through it reaches every server, a server stopped meanwhile is skipped with no request failing, and the live map's
/// stream comes through unbuffered.
/// </summary>
[Collection(nameof(ClusterCollection))]
public sealed class ClusterBalancerTests(ClusterFixture cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task TheShippedNginxConfigSpreadsTheClassSkipsAStoppedServerAndStreamsTheLiveMap()
    {
        await cluster.MakeWholeAsync();
        await using var nginx = await NginxFront.StartAsync(cluster.Running.Select(url => url["http://".Length..]));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var before = await ServedAsync(http);
        var balancer = new Balancer(http, () => [nginx.BaseUrl], Stopwatch.StartNew());
        await using var players = await Class.StartAsync(balancer, "n", oceans: 2, perOcean: 2);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = await ServedAsync(http);
        output.WriteLine($"requests each server answered through nginx: {string.Join(", ", after.Zip(before, (a, b) => a - b))}");
        Assert.All(after.Zip(before, (a, b) => a - b), served => Assert.True(served > 10, $"a server answered only {served} requests"));

        using (var request = new HttpRequestMessage(HttpMethod.Get, nginx.BaseUrl + "/ocean/live/stream?ocean=n1"))
        {
            using var reply = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", reply.Content.Headers.ContentType?.MediaType);
            await using var stream = await reply.Content.ReadAsStreamAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var first = new byte[256];
            Assert.True(await stream.ReadAsync(first, patience.Token) > 0, "the live stream sent nothing through nginx");
        }

        await cluster.StopAsync(1, kill: false);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await cluster.StartAsync(1);
        await players.StopAsync();
        var requests = players.Bots.SelectMany(b => b.Exchanges).ToList();
        output.WriteLine($"{requests.Count} requests through nginx while server 1 stopped and started again, {requests.Count(e => e.Status != 200)} not 200");
        Assert.Empty(players.Unexplained().Select(e => e.ToString()));
        Assert.Empty(players.Bots.SelectMany(b => b.Recoveries).Where(r => r.Unknown || r.Lost.Count > 0).Select(r => r.ToString()));
        Assert.Empty(await players.MisplacedAsync(http, [nginx.BaseUrl]));
    }

    /// <summary>Requests each running server has answered so far (its /status).</summary>
    private async Task<long[]> ServedAsync(HttpClient http)
    {
        var served = new List<long>();
        foreach (var server in cluster.Running)
        {
            using var status = JsonDocument.Parse(await http.GetStringAsync(server + "/status?format=json"));
            served.Add(status.RootElement.GetProperty("requestsServed").GetInt64());
        }

        return [.. served];
    }
}

using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// The cluster's PostgreSQL goes away for 10 s while a class plays: what needs the store (a Steps answer to remember, a
/// new ocean to register) is refused with a one-line 503 and Retry-After, never a 500 or a hang; play in the oceans
/// already running goes on; and when the store is back everything works again and nothing acknowledged is lost.
/// </summary>
[Collection(nameof(ClusterCollection))]
public sealed class ClusterStoreOutageTests(ClusterFixture cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task WhileTheStoreIsDownRequestsThatNeedItGet503AndAllResumesWhenItIsBack()
    {
        await cluster.MakeWholeAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var balancer = new Balancer(http, () => cluster.Running, Stopwatch.StartNew());
        await using var players = await Class.StartAsync(balancer, "s", oceans: 3, perOcean: 2);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var probes = new List<Exchange>();
        var stoppedAt = players.Now;
        await cluster.Store.StopAsync();
        for (var n = 0; players.Now < stoppedAt + 10; n++)
        {
            probes.AddRange(await ProbeAsync(balancer, $"down{n}"));
            await Task.Delay(500);
        }

        var during = probes.ToList();
        await cluster.Store.StartAsync();
        var startedAt = players.Now;
        var since = (await cluster.Store.QueryAsync("SELECT now()")).Trim();
        var resumed = double.NaN;
        for (var n = 0; players.Now < startedAt + 30; n++)
        {
            var tried = await ProbeAsync(balancer, $"up{n}");
            probes.AddRange(tried);
            if (tried.All(e => e.Status == 200))
            {
                resumed = players.Now - startedAt;
                break;
            }

            await Task.Delay(200);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        await players.StopAsync();

        // Once the store answered again, it answers through every server: none keeps a connection the outage broke
        // (each server's pools held connections to the store that went down; a stale one fails its first use).
        var afterwards = new List<Exchange>();
        for (var i = 0; i < ClusterFixture.Size; i++)
        {
            var server = cluster[i].BaseUrl;
            var one = new Balancer(http, () => [server], balancer.Clock);
            for (var n = 0; n < 4; n++)
            {
                afterwards.AddRange(await ProbeAsync(one, $"after{i}x{n}"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store down 10 s: {during.Count(e => e.Status == 503)} of {during.Count} store-bound requests answered 503, " +
            $"{players.Bots.Sum(b => b.Exchanges.Count(e => e.Sent >= stoppedAt && e.Sent < startedAt && e.Status == 200))} moves answered 200 meanwhile; " +
            $"all answered again {resumed:F2} s after it was back"));

        foreach (var odd in during.Where(e => e.Status != 200).DistinctBy(e => (e.Path.Split('?')[0], e.Status, e.Text)))
        {
            output.WriteLine($"{odd.Path} {odd.Status} (Retry-After {(odd.RetryAfter ? "given" : "missing")}): {odd.Text}");
        }

        if (during.Any(e => e.Status is not (200 or 503)))
        {
            output.WriteLine(cluster.Errors());
        }

        Assert.Contains(during, e => e.Status == 503 && e.RetryAfter);
        Assert.Empty(during.Concat(players.Bots.SelectMany(b => b.Exchanges)).Where(e => e.Status != 200 && !(e.Status == 503 && e.RetryAfter && !e.Text.Contains('\n', StringComparison.Ordinal))).Select(e => e.ToString()));
        Assert.True(resumed <= 15, $"a Steps answer or a new ocean still failed 15 s after the store was back: {probes[^1]}");
        Assert.Empty(afterwards.Where(e => e.Status != 200).Select(e => e.ToString()));
        Assert.Empty(players.Bots.SelectMany(b => b.Recoveries).Where(r => r.Unknown || r.Lost.Count > 0).Select(r => r.ToString()));
        Assert.Empty(await players.MisplacedAsync(http, cluster.Running));
        // A 503 says nothing was changed: the refused answer is nobody's progress, the refused ocean does not exist.
        var refusedOceans = during.Where(e => e.Status == 503 && e.Path.StartsWith("/admin/ocean", StringComparison.Ordinal)).Select(e => e.Path.Split('=')[1].Split('&')[0]).ToList();
        var refusedNames = during.Where(e => e.Status == 503 && e.Path.StartsWith("/steps", StringComparison.Ordinal)).Select(e => e.Path.Split("name=")[1]).ToList();
        foreach (var ocean in refusedOceans)
        {
            Assert.Equal(404, (await balancer.GetAsync($"/who?ocean={ocean}")).Status);
        }

        foreach (var name in refusedNames)
        {
            Assert.Contains("nobody by that name", (await balancer.GetAsync($"/steps/progress?name={name}")).Text, StringComparison.Ordinal);
        }

        Assert.NotEqual("0", (await cluster.Store.QueryAsync($"SELECT count(*) FROM orleansstorage WHERE modifiedon > '{since}'")).Trim());
    }

    /// <summary>Two requests that need the store: a Steps answer (its progress is kept there) and a new ocean (registered there).</summary>
    private static async Task<Exchange[]> ProbeAsync(Balancer balancer, string name) =>
    [
        await balancer.GetAsync($"/steps?message=passport&name={name}"),
        await balancer.GetAsync($"/admin/ocean?ocean=o{name}&seed=1", admin: true, HttpMethod.Post),
    ];
}

using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// A class of <see cref="TeleportBot"/>s playing in oceans of their own through the <see cref="Balancer"/> while a
/// test stops, kills or restarts parts of the cluster; and what the tests check of what they saw.
/// </summary>
public sealed class Class : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private Task[] playing = [];

    private Class(Balancer balancer, IReadOnlyList<TeleportBot> bots)
    {
        Balancer = balancer;
        Bots = bots;
    }

    public Balancer Balancer { get; }

    public IReadOnlyList<TeleportBot> Bots { get; }

    public IEnumerable<string> Oceans => Bots.Select(b => b.Ocean).Distinct();

    /// <summary>Seconds on the class's stopwatch (the times of its exchanges).</summary>
    public double Now => Balancer.Clock.Elapsed.TotalSeconds;

    /// <summary>Makes the oceans <c>PREFIX1</c>.. (through the balancer), joins the bots and lets them play.</summary>
    public static async Task<Class> StartAsync(Balancer balancer, string prefix, int oceans, int perOcean)
    {
        var bots = new List<TeleportBot>();
        for (var o = 1; o <= oceans; o++)
        {
            var ocean = prefix + o.ToString(CultureInfo.InvariantCulture);
            await balancer.OkAsync($"/admin/ocean?ocean={ocean}&seed={o}", admin: true, HttpMethod.Post);
            for (var p = 0; p < perOcean; p++)
            {
                var bot = new TeleportBot(balancer, ocean, $"{ocean}p{p}", 10 + 40 * p);
                await bot.JoinAsync();
                bots.Add(bot);
            }
        }

        var started = new Class(balancer, bots);
        started.playing = bots.Select(b => Task.Run(() => b.RunAsync(started.stop.Token))).ToArray();
        return started;
    }

    /// <summary>
    /// Waits until the class has played undisturbed for <paramref name="quiet"/> after <paramref name="since"/> and after
    /// every failed request, each bot answered since; false after the limit.
    /// </summary>
    public async Task<bool> SettledAsync(double since, TimeSpan quiet, TimeSpan limit)
    {
        var deadline = Now + limit.TotalSeconds;
        while (Now < deadline)
        {
            var calm = Math.Max(since, Bots.Max(b => b.LastBadDone));
            if (Now - calm >= quiet.TotalSeconds && Bots.All(b => b.LastOkSent >= calm))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    /// <summary>
    /// When every bot was answered again after <paramref name="since"/>: for each, the end of the first good request
    /// sent after its last failed one (<paramref name="since"/> itself for a bot never disturbed); the latest.
    /// </summary>
    public double AllBackAt(double since) => Bots.Select(bot =>
    {
        var bad = bot.Exchanges.Where(e => e.Done >= since && TeleportBot.Bad(e)).Select(e => e.Done).DefaultIfEmpty(since).Max();
        return bad == since ? since : bot.Exchanges.FirstOrDefault(e => e.Sent >= bad && !TeleportBot.Bad(e))?.Done ?? double.PositiveInfinity;
    }).Max();

    /// <summary>Each disturbed bot's failed requests after <paramref name="since"/>, and the first good one after them (for a failure's message).</summary>
    public string Disturbances(double since) => string.Join('\n', Bots.Where(b => b.Exchanges.Any(e => e.Done >= since && TeleportBot.Bad(e))).Select(bot =>
    {
        var bad = bot.Exchanges.Where(e => e.Done >= since && TeleportBot.Bad(e)).ToList();
        var after = bot.Exchanges.FirstOrDefault(e => e.Sent >= bad[^1].Done && !TeleportBot.Bad(e));
        return $"{bot.Name}: {bad.Count} bad, first {bad[0]}, last {bad[^1]}; then {after?.ToString() ?? "nothing good"}";
    }));

    /// <summary>Stops the bots (each finishes its request).</summary>
    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(playing).WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Every exchange that is neither a 200 nor a 503 with Retry-After (the one refusal a passing outage may give).</summary>
    public IEnumerable<Exchange> Unexplained(double from = double.MinValue) =>
        Bots.SelectMany(b => b.Exchanges).Where(e => e.Sent >= from && e.Status != 200 && !(e.Status == 503 && e.RetryAfter && !e.Text.Contains('\n', StringComparison.Ordinal)));

    /// <summary>Every bot's place asked of each server in <paramref name="servers"/>: each must be its last acknowledged teleport.</summary>
    public async Task<List<string>> MisplacedAsync(HttpClient http, IEnumerable<string> servers)
    {
        var wrong = new List<string>();
        foreach (var server in servers)
        {
            foreach (var bot in Bots)
            {
                using var reply = await http.GetAsync($"{server}/location?id={bot.Id}");
                var text = await reply.Content.ReadAsStringAsync();
                var x = reply.StatusCode == HttpStatusCode.OK ? double.Parse(text.Split(',')[0], CultureInfo.InvariantCulture) : double.NaN;
                if (x != bot.LastAcked)
                {
                    wrong.Add($"{bot.Name} through {server}: {(int)reply.StatusCode} {text}, last acknowledged x {bot.LastAcked}");
                }
            }
        }

        return wrong;
    }

    /// <summary>Which of <paramref name="oceans"/> each server hosts, as its <c>/status</c> shows: an ocean's game record is kept where its grain runs.</summary>
    public static async Task<int[]> HostedAsync(HttpClient http, IReadOnlyList<string> servers, IEnumerable<string> oceans)
    {
        var counts = new int[servers.Count];
        for (var i = 0; i < servers.Count; i++)
        {
            using var status = JsonDocument.Parse(await http.GetStringAsync(servers[i] + "/status?format=json"));
            var sets = status.RootElement.GetProperty("datasetsLoaded").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            counts[i] = oceans.Count(o => sets.Contains($"ocean_{o}_events"));
        }

        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        stop.Dispose();
    }
}

using System.Collections.Concurrent;
using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>
/// The per-address bounds under fire: the real server behind a trusted proxy (its <c>X-Forwarded-For</c> names the
/// client), requests from many addresses at once with hostile names, ids, oceans and forwarded values, joins, quits,
/// Steps names and live maps mixed: no reply is a 5xx, no address ever holds more than its share, no ocean more than
/// it takes, and every refusal is the documented line.
/// </summary>
public sealed class AddressBoundsFuzzTests
{
    private const int PlayersPerAddress = 3;
    private const int PlayersPerOcean = 25;
    private const int NamesPerAddress = 3;
    private const int LivePerAddress = 2;

    private static readonly string[] Hostile =
        ["", " ", "%00", "%ff%fe", "<script>alert(1)</script>", "../../etc/passwd", "🐳🐳", "名前", "a%20b", "Robert');DROP TABLE x;--",
         new string('x', 300), "%E2%80%AE", "null", "-1", "9999999999999999999999", "a&name=b", "%0d%0aX-Evil:1"];

    private static readonly string[] HostileForwarded = ["garbage, ", "999.1.1.1, ", "unknown, ", "1.2.3.4, 5.6.7.8, ", new string('9', 2000) + ", ", "[::1]:80, "];

    [Fact]
    public async Task HostileRequestsFromManyAddressesGetNo5xxAndEveryBoundHoldsWithItsDocumentedRefusal()
    {
        var seed = Random.Shared.Next();
        await using var server = await ServerProcess.StartAsync(extraArgs:
        [
            "--trusted-proxies", "127.0.0.1", "--rate-limit", "0", "--players-per-address", $"{PlayersPerAddress}",
            "--players-per-ocean", $"{PlayersPerOcean}", "--steps-names-per-address", $"{NamesPerAddress}", "--live-per-address", $"{LivePerAddress}",
        ]);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var addresses = Enumerable.Range(0, 24).Select(i => (i % 3) switch { 0 => $"10.0.{i}.1", 1 => $"2001:db8::{i:x}", _ => $"192.168.{i}.7" }).ToArray();
        var held = new ConcurrentDictionary<string, ConcurrentDictionary<string, byte>>();
        var names = new ConcurrentDictionary<string, ConcurrentDictionary<string, byte>>();
        var faults = new ConcurrentQueue<string>();
        var live = new ConcurrentDictionary<string, ConcurrentBag<HttpResponseMessage>>();

        async Task<(HttpStatusCode Status, string Text)> Get(string address, string path, Random random, bool stream = false)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, server.BaseUrl + path);
            var prefix = random.Next(4) == 0 ? HostileForwarded[random.Next(HostileForwarded.Length)] : string.Empty;
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", prefix + address);
            var reply = await http.SendAsync(request, stream ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead);
            if ((int)reply.StatusCode >= 500)
            {
                faults.Enqueue($"{path} from {address}: {(int)reply.StatusCode}");
            }

            if (stream && reply.StatusCode == HttpStatusCode.OK)
            {
                live.GetOrAdd(address, _ => []).Add(reply);
                return (reply.StatusCode, string.Empty);
            }

            using (reply)
            {
                return (reply.StatusCode, (await reply.Content.ReadAsStringAsync()).Trim());
            }
        }

        void Expect(bool holds, string what)
        {
            if (!holds)
            {
                faults.Enqueue(what);
            }
        }

        async Task WorkAsync(int worker)
        {
            var random = new Random(seed + worker);
            for (var step = 0; step < 120; step++)
            {
                var address = addresses[random.Next(addresses.Length)];
                var mine = held.GetOrAdd(address, _ => new());
                var value = random.Next(3) == 0 ? Hostile[random.Next(Hostile.Length)] : $"w{worker}s{step}";
                switch (random.Next(5))
                {
                    case 0 or 1:
                        var ocean = random.Next(8) == 0 ? $"&ocean={Hostile[random.Next(Hostile.Length)]}" : string.Empty;
                        var (joined, id) = await Get(address, $"/join?name={value}{ocean}", random);
                        if (joined == HttpStatusCode.OK)
                        {
                            mine[id] = 0;
                        }

                        Expect(joined != HttpStatusCode.TooManyRequests || id == $"your address already has {PlayersPerAddress} players in the game; quit one (quit?id=ID) before joining another", $"join refused: {id}");
                        Expect(joined != HttpStatusCode.Conflict || id == $"the ocean main is full: it takes {PlayersPerOcean} players; ask your teacher for another ocean"
                            || id.EndsWith("' is in use in the ocean main; pick another one (a name is free again when its player quits)", StringComparison.Ordinal), $"join conflict: {id}");
                        Expect(mine.Count <= PlayersPerAddress, $"{address} holds {mine.Count} players");
                        break;
                    case 2:
                        // Forgotten before it is asked, so a join answered meanwhile never makes the count look too high.
                        var quitting = random.Next(4) == 0 || mine.IsEmpty ? value : mine.Keys.ElementAtOrDefault(random.Next(mine.Count)) ?? value;
                        var wasMine = mine.TryRemove(quitting, out _);
                        if ((await Get(address, $"/quit?id={quitting}", random)).Status != HttpStatusCode.OK && wasMine)
                        {
                            mine[quitting] = 0;
                        }

                        break;
                    case 3:
                        var name = random.Next(2) == 0 ? $"n{random.Next(6)}" : value;
                        var (steps, said) = await Get(address, $"/steps?message=passport&name={name}", random);
                        if (steps == HttpStatusCode.OK && name.Length > 0 && name.All(char.IsAsciiLetterOrDigit))
                        {
                            names.GetOrAdd(address, _ => new())[name] = 0;
                        }

                        Expect(steps != HttpStatusCode.TooManyRequests
                            || said == $"your address has already used {NamesPerAddress} different Steps names; go on with one of them (a name is for one person)", $"steps refused: {said}");
                        break;
                    default:
                        var open = live.GetOrAdd(address, _ => []);
                        if (open.Count >= LivePerAddress && random.Next(2) == 0 && open.TryTake(out var closing))
                        {
                            closing.Dispose();
                        }

                        var (status, text) = await Get(address, "/ocean/live/stream", random, stream: true);
                        Expect(status != HttpStatusCode.TooManyRequests || text == $"your address already has {LivePerAddress} live maps open; close one and the page connects again by itself", $"live refused: {text}");
                        Expect(open.Count <= LivePerAddress, $"{address} has {open.Count} live maps open");
                        break;
                }
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, 6).Select(WorkAsync)).WaitAsync(TimeSpan.FromMinutes(5));
        }
        finally
        {
            foreach (var reply in live.Values.SelectMany(open => open))
            {
                reply.Dispose();
            }
        }

        Assert.True(faults.IsEmpty, $"seed {seed}: {string.Join("; ", faults.Take(8))}");
        var who = await http.GetStringAsync($"{server.BaseUrl}/who");
        var playing = int.Parse(who.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(playing <= PlayersPerOcean, $"seed {seed}: {who}");
        Assert.Equal(held.Values.Sum(ids => ids.Count), playing);
        Assert.All(names, address => Assert.True(address.Value.Count <= NamesPerAddress, $"seed {seed}: {address.Key} used {address.Value.Count} Steps names"));
    }
}

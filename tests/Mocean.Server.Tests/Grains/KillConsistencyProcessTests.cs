using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Mocean.OceanHosting;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Grains;

/// <summary>
/// The real server as a process under a stream of joins, moves and quits from several clients, SIGKILLed at
/// an arbitrary moment and restarted on the same data directory, three times over: what the oceans stored
/// and what the server answers after the restart agree exactly, and it is at most about a second old.
/// </summary>
public sealed class KillConsistencyProcessTests
{
    private const int Clients = 4;
    private const int Rounds = 3;
    private static readonly string[] Oceans = ["main", "reef"];

    [Fact]
    public async Task AfterAKillAtAnyMomentEveryStoredPlayerIsFoundByIdAndNameAndNothingElseIsHeld()
    {
        string[] args = [];
        var seed = Random.Shared.Next();
        var random = new Random(seed);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var faults = new ConcurrentQueue<string>();
        var handedOut = new ConcurrentDictionary<string, byte>();
        var slots = Enumerable.Range(0, Clients)
            .Select(c => Enumerable.Range(0, 6).Select(k => new StreamSlot(Oceans[k % 2], $"C{c}N{k}")).ToArray()).ToArray();
        var dir = ServerProcess.NewDataDir();
        ServerProcess? server = await ServerProcess.StartAsync(dir, args);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await Admin(http, server, HttpMethod.Post, "/admin/ocean?ocean=reef&seed=5")).Status);
            (string Name, string Id)? before = null;
            for (var round = 0; round < Rounds; round++)
            {
                // Two changes nobody touches again: they must be on disk at the kill.
                var anchor = ($"Anchor{round}", await http.GetStringAsync($"{server.BaseUrl}/join?name=Anchor{round}"));
                handedOut.TryAdd(anchor.Item2, 0);
                if (before is { } gone)
                {
                    Assert.Equal($"goodbye {gone.Name}: your name is free again", await http.GetStringAsync($"{server.BaseUrl}/quit?id={gone.Id}"));
                }

                // Nobody touches them again, and the write-behind writes them within about a second: wait (bounded)
                // until it has, rather than count on four seconds being enough on a loaded machine.
                var held = before;
                await StoredGrains.WaitUntilAsync(dir, rows => rows.Any(r => r.State == "ocean" && r.Grain.EndsWith("/main", StringComparison.Ordinal)
                    && StoredGrains.PlayerIds(r.Payload) is var ids && ids.Contains(anchor.Item2) && (held is not { } old || !ids.Contains(old.Id))),
                    $"round {round}'s anchor joined and the one before gone");

                using var stop = new CancellationTokenSource();
                var streams = slots.Select((own, c) => new PlayerStream(http, own, new Random(seed + round + c), faults, handedOut)).ToArray();
                var running = streams.Select(s => s.RunAsync(server.BaseUrl, stop.Token)).ToArray();
                await Task.Delay(TimeSpan.FromMilliseconds(4000 + random.Next(3500)));
                await server.StopAsync(kill: true);
                await stop.CancelAsync();
                await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(60));
                Assert.True(faults.IsEmpty, $"seed {seed}, round {round}: {string.Join("; ", faults.Take(5))}");
                Assert.All(streams, s => Assert.True(s.Requests > 0));

                var stored = ReadStored(dir);
                await server.DisposeAsync();
                server = null;
                server = await ServerProcess.StartAsync(dir, args);
                Assert.Contains(("main", anchor.Item2, anchor.Item1), stored);
                Assert.DoesNotContain(stored, p => before is { } old && p.Name == old.Name);
                await CheckAsync(http, server, stored, handedOut, $"seed {seed}, round {round}");
                await ContinueFromAsync(http, server, stored, slots.SelectMany(s => s), handedOut);
                before = anchor;
            }
        }
        finally
        {
            if (server is not null)
            {
                await server.StopAsync();
                await server.DisposeAsync();
            }

            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Every stored player answers to their id and holds their name; no other id or name is held.</summary>
    private static async Task CheckAsync(
        HttpClient http, ServerProcess server, List<(string Ocean, string Id, string Name)> stored, ConcurrentDictionary<string, byte> handedOut, string context)
    {
        foreach (var ocean in Oceans)
        {
            var names = stored.Where(p => p.Ocean == ocean).Select(p => p.Name).ToList();
            Assert.Equal($"there are {names.Count} players: {string.Join(' ', names)}", await http.GetStringAsync($"{server.BaseUrl}/who?ocean={ocean}"));
        }

        var (_, listing) = await Admin(http, server, HttpMethod.Get, "/admin/players");
        Assert.Equal(
            stored.Select(p => $"{p.Ocean},{p.Name}").Order(StringComparer.Ordinal),
            listing.TrimEnd('\n').Split('\n').Skip(1).Select(l => string.Join(',', l.Split(',')[..2])).Order(StringComparer.Ordinal));
        foreach (var (ocean, id, name) in stored)
        {
            Assert.True((await Get(http, $"{server.BaseUrl}/name?id={id}")) == (HttpStatusCode.OK, name), $"{context}: {name} in {ocean} by id {id}");
            Assert.True((await Get(http, $"{server.BaseUrl}/join?name={name}&ocean={ocean}")).Status == HttpStatusCode.Conflict, $"{context}: {name} held in {ocean}");
        }

        foreach (var id in handedOut.Keys.Except(stored.Select(p => p.Id)))
        {
            Assert.True((await Get(http, $"{server.BaseUrl}/name?id={id}")).Status == HttpStatusCode.NotFound, $"{context}: the id {id} of no stored player");
        }
    }

    /// <summary>The stream's names as the restarted server has them: stored ones keep their ids, every other one joins afresh.</summary>
    private static async Task ContinueFromAsync(
        HttpClient http, ServerProcess server, List<(string Ocean, string Id, string Name)> stored, IEnumerable<StreamSlot> slots, ConcurrentDictionary<string, byte> handedOut)
    {
        foreach (var slot in slots)
        {
            slot.Id = stored.FirstOrDefault(p => p.Ocean == slot.Ocean && p.Name == slot.Name).Id;
            if (slot.Id is null)
            {
                var (status, id) = await Get(http, $"{server.BaseUrl}/join?name={slot.Name}&ocean={slot.Ocean}");
                Assert.True(status == HttpStatusCode.OK, $"the name {slot.Name} of no stored player is free in {slot.Ocean}: {(int)status} {id}");
                Assert.True(handedOut.TryAdd(id, 0), $"the id {id} was handed out before");
                slot.Id = id;
            }

            handedOut.TryAdd(slot.Id, 0);
        }
    }

    /// <summary>The players each ocean stored (ocean, id, name), read from the file while no server runs.</summary>
    private static List<(string Ocean, string Id, string Name)> ReadStored(string dir) =>
        [.. StoredGrains.Read(dir).Where(r => r.State == OceanParts.Core).OrderBy(r => r.Grain, StringComparer.Ordinal).SelectMany(r =>
            OceanRecord.FromBytes(Encoding.UTF8.GetBytes(r.Payload)).Snapshot.Players.Select(p => (r.Grain[(r.Grain.IndexOf('/', StringComparison.Ordinal) + 1)..], p.Id, p.Name)))];

    private static async Task<(HttpStatusCode Status, string Text)> Get(HttpClient http, string url)
    {
        using var reply = await http.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, string Text)> Admin(HttpClient http, ServerProcess server, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, server.BaseUrl + path);
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using var reply = await http.SendAsync(request);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }
}

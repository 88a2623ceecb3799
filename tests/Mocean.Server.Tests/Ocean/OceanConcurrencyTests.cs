using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Grains;
using Mocean.Ocean;
using Mocean.Ocean.Commands;
using Mocean.Ocean.World;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>Fifty players at once in one ocean, sixty commands each: afterwards every rule of the world still holds.</summary>
public sealed class OceanConcurrencyTests : IAsyncDisposable
{
    private const ulong Seed = 5;
    private const int CommandsPerPlayer = 60;
    private readonly MoceanFactory factory = new() { Settings = { ["Seed"] = "5" } };

    private static readonly string[] Commands =
    [
        "location", "velocity", "accel?ctrl=w", "accel?ctrl=w", "accel?ctrl=w", "accel?ctrl=a", "accel?ctrl=d", "accel?ctrl=s", "stop",
        "dive?ctrl=f", "dive?ctrl=f", "dive?ctrl=r", "look", "ping", "get?item=treasure", "get?item=whale", "use?item=whale",
        "use?item=iron%20dust", "use?item=air%20tank", "inventory", "popchat", "seamountname", "whalename", "name", "who",
    ];

    [Fact]
    public async Task FiftyPlayersPlayingAtOnceLeaveAConsistentOcean()
    {
        var client = factory.CreateClient();
        var names = Enumerable.Range(0, 50).Select(i => $"Diver{i}").ToArray();
        var ids = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            ids[i] = await client.GetStringAsync($"/join?name={names[i]}");
            if (i % 10 == 0)
            {
                await client.Admin($"/admin/give?name={names[i]}&item=iron%20dust");
            }
        }

        var statuses = new ConcurrentDictionary<int, int>();
        var serverErrors = new ConcurrentQueue<string>();
        // A fixed amount of play per player (not a fixed time), so a loaded machine plays as much as a quiet one.
        await Task.WhenAll(ids.Select((id, player) => Task.Run(async () =>
        {
            var random = new Random(player);
            for (var turn = 0; turn < CommandsPerPlayer; turn++)
            {
                var command = random.Next(8) == 0
                    ? $"sendchat?name={names[random.Next(names.Length)]}&message=hi%20{random.Next(1000)}"
                    : Commands[random.Next(Commands.Length)];
                var join = command.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                var reply = await client.GetAsync($"/{command}{join}id={id}");
                statuses.AddOrUpdate((int)reply.StatusCode, 1, (_, n) => n + 1);
                if ((int)reply.StatusCode >= 500)
                {
                    serverErrors.Enqueue($"{command}: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
                }
            }
        })));

        Assert.Empty(serverErrors);
        Assert.True(statuses.GetValueOrDefault(200) > 1000, $"the players got on with it: {string.Join(", ", statuses)}");

        await AssertTheWorldHolds(client, ids);
    }

    [Fact]
    public async Task PlayersOverHttpAndCallsToTheGrainAtOnceLeaveAConsistentOcean()
    {
        // Requests run on the ocean's engine directly; the grain's own calls go through its scheduler: one lock keeps them apart.
        var client = factory.CreateClient();
        var grain = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IOceanGrain>("main");
        var ids = new string[20];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = await client.GetStringAsync($"/join?name=Mixed{i}");
        }

        var serverErrors = new ConcurrentQueue<string>();
        var until = DateTime.UtcNow.AddSeconds(10);
        await Task.WhenAll(ids.Select((id, player) => Task.Run(async () =>
        {
            var random = new Random(player);
            var done = 0;
            while (DateTime.UtcNow < until || done < 20)
            {
                done++;
                if (player % 2 == 0)
                {
                    var command = Commands[random.Next(Commands.Length)];
                    var reply = await client.GetAsync($"/{command}{(command.Contains('?', StringComparison.Ordinal) ? '&' : '?')}id={id}");
                    if ((int)reply.StatusCode >= 500)
                    {
                        serverErrors.Enqueue($"{command}: {(int)reply.StatusCode}");
                    }
                }
                else
                {
                    _ = random.Next(6) switch
                    {
                        0 => (object)await grain.Execute(new Player.Accel(id, "wasd"[random.Next(4)].ToString())),
                        1 => await grain.Execute(new Player.Dive(id, random.Next(2) == 0 ? "f" : "r")),
                        2 => await grain.Execute(new Player.Location(id)),
                        3 => await grain.Execute(new Player.Look(id)),
                        4 => await grain.GetView(0, teacher: false),
                        _ => await grain.Execute(new Player.Get(id, "treasure")),
                    };
                }
            }
        })));

        Assert.Empty(serverErrors);
        await AssertTheWorldHolds(client, ids);
    }

    private async Task AssertTheWorldHolds(HttpClient client, string[] ids)
    {
        var settings = OceanRules.Default;
        var floor = OceanWorld.Generate(Seed, settings).Floor;
        var view = await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IOceanGrain>("main").GetView(0, teacher: false);
        Assert.Equal(ids.Length, view.Players.Length);
        foreach (var p in view.Players)
        {
            Assert.InRange(p.X, 0, settings.Width - 1e-9);
            Assert.InRange(p.Y, 0, settings.Height - 1e-9);
            Assert.InRange(p.Z, 0, floor.DepthAt(p.X, p.Y) + 1e-9);
            var cap = p.Whale is not null ? settings.WhaleTopSpeed : p.Z > 0 ? settings.SubmergedTopSpeed : settings.SurfaceTopSpeed;
            Assert.InRange(p.Speed, 0, cap + 1e-9);
        }

        var held = new List<string>();
        foreach (var id in ids)
        {
            held.AddRange((await client.GetStringAsync($"/inventory?id={id}")).Split(','));
        }

        var once = held.Where(item => item is not "air tank" and not "iron dust").GroupBy(item => item).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(once);
        var ridden = view.Players.Where(p => p.Whale is not null).GroupBy(p => p.Whale).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(ridden);
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}

using System.Net;
using System.Text.Json;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>
/// Whole rounds against the real server process: three <c>crew_bot.py</c> and a scripted impostor, on a fixed round
/// seed and the same join order. The server's clock stands (<c>--clock</c>) and the test moves it a tenth of a second
/// at a time, so the bots' swims take ocean time and never the machine's; the impostor acts while it stands.
/// </summary>
public sealed class RoundBotsProcessTests
{
    /// <summary>With the crew joined in order Ann, Bob, Cara and then Imp, this seed makes Imp the impostor.</summary>
    private const int Seed = 8;

    private static readonly string[] Crew = ["Ann", "Bob", "Cara"];

    [Fact]
    public async Task ThreeCrewBotsFinishTheirTasksAndTheCrewWins()
    {
        await using var game = await BotRound.StartAsync(Seed);
        while (await game.PhaseAsync() is var phase && phase != "over")
        {
            if (phase == "meeting")
            {
                await game.Http.Get($"/vote?id={game.Impostor}&name=skip");
            }

            await game.TickAsync();
        }

        var round = (await game.Http.Get("/round")).Text.Split('\n');
        Assert.Equal("winner: crew", round[1]);
        Assert.Matches(@"^over,0,15,15,4,0$", round[0]);
        foreach (var run in await game.BotsAsync())
        {
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            Assert.Contains("the round is over: winner: crew", run.Output, StringComparison.Ordinal);
            Assert.Contains("Imp,impostor", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnImpostorWhoTagsTwoOfThreeWins()
    {
        await using var game = await BotRound.StartAsync(Seed);
        Assert.Equal(HttpStatusCode.OK, (await game.Http.Admin("/admin/give?name=Imp&item=teleport%20crystal")).Status);
        var tags = 0;
        while (await game.PhaseAsync() is var phase && phase != "over")
        {
            if (phase == "meeting")
            {
                await game.Http.Get($"/vote?id={game.Impostor}&name=skip");
            }
            else if ((await game.Http.Get($"/tag?id={game.Impostor}")).Text is var tag && tag.StartsWith("you tagged", StringComparison.Ordinal))
            {
                tags++; // a crewmate came within reach by themselves
            }
            else if (tag == "no crewmate in reach: a tag reaches 10 m")
            {
                // The clock stands while the impostor goes to a crewmate: nobody moves meanwhile.
                tags += await game.HuntAsync() ? 1 : 0;
                continue;
            }

            await game.TickAsync();
        }

        var round = (await game.Http.Get("/round")).Text.Split('\n');
        Assert.Equal("winner: impostors", round[1]);
        Assert.Equal(2, tags);
        Assert.Matches(@"^over,0,\d+,15,2,2$", round[0]);
        foreach (var run in await game.BotsAsync())
        {
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            Assert.Contains("the round is over: winner: impostors", run.Output, StringComparison.Ordinal);
        }
    }

    /// <summary>A running round: the server, the bots, the impostor's id, and the clock the test moves.</summary>
    private sealed class BotRound : IAsyncDisposable
    {
        private readonly ServerProcess server;
        private readonly List<Task<Python.Run>> bots = [];

        private BotRound(ServerProcess server)
        {
            this.server = server;
            Http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        }

        public HttpClient Http { get; }

        public string Impostor { get; private set; } = "";

        public static async Task<BotRound> StartAsync(int seed)
        {
            var game = new BotRound(await ServerProcess.StartAsync(extraArgs: ["--clock", "2026-03-14T15:09:26Z", "--placement-seed", "7"]));
            try
            {
                await game.JoinAndStartAsync(seed);
                return game;
            }
            catch
            {
                await game.DisposeAsync();
                throw;
            }
        }

        private async Task JoinAndStartAsync(int seed)
        {
            var game = this;
            foreach (var name in Crew)
            {
                game.bots.Add(Python.RunAsync(Python.Client("crew_bot.py"), [game.server.BaseUrl, name], seconds: 900));
                // One at a time, so the join order (and with the seed, every role) is the same each run.
                while (!(await game.Http.Get("/who")).Text.Split(' ').Contains(name))
                {
                    await Task.Delay(50);
                }
            }

            game.Impostor = (await game.Http.Get("/join?name=Imp")).Text;
            Assert.Equal((HttpStatusCode.OK, "play,1800,0,15,4,0"), await game.Http.Admin($"/admin/round?seed={seed}&minutes=30"));
            var roles = (await game.Http.Admin("/admin/round/roles", method: HttpMethod.Get)).Text;
            Assert.Equal("Ann,crew\nBob,crew\nCara,crew\nImp,impostor", roles);
        }

        public async Task<string> PhaseAsync() => (await Http.Get("/round")).Text.Split(',')[0];

        /// <summary>A tenth of a second of the server's time, then a moment for the bots to poll.</summary>
        public async Task TickAsync()
        {
            Assert.Equal(HttpStatusCode.OK, (await Http.Admin("/admin/clock?seconds=0.1")).Status);
            await Task.Delay(15);
        }

        /// <summary>
        /// The impostor teleports to another player (where the big screen shows them), dives to their depth and tags
        /// the nearest crewmate in reach: true when that tagged someone.
        /// </summary>
        public async Task<bool> HuntAsync()
        {
            var me = (await Http.Get($"/location?id={Impostor}")).Text.Split(',');
            foreach (var (x, y, z) in await PlayersAsync())
            {
                if (Math.Abs(x - double.Parse(me[0], System.Globalization.CultureInfo.InvariantCulture)) < 0.01
                    && Math.Abs(y - double.Parse(me[1], System.Globalization.CultureInfo.InvariantCulture)) < 0.01)
                {
                    continue;
                }

                Assert.Equal(HttpStatusCode.OK, (await Http.Get(FormattableString.Invariant($"/teleport?id={Impostor}&x={x}&y={y}"))).Status);
                for (var depth = 0.0; depth < z - 2.5; depth += 5)
                {
                    await Http.Get($"/dive?id={Impostor}&ctrl=f");
                }

                var tag = await Http.Get($"/tag?id={Impostor}");
                if (tag.Status == HttpStatusCode.OK)
                {
                    return true;
                }

                while ((await Http.Get($"/location?id={Impostor}")).Text.Split(',')[2] != "0")
                {
                    await Http.Get($"/dive?id={Impostor}&ctrl=r");
                }
            }

            return false;
        }

        /// <summary>Where every player is, from the first frame of the public live stream.</summary>
        private async Task<List<(double X, double Y, double Z)>> PlayersAsync()
        {
            using var reply = await Http.GetAsync("/ocean/live/stream?ocean=main", HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await reply.Content.ReadAsStreamAsync());
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    using var frame = JsonDocument.Parse(line[6..]);
                    return [.. frame.RootElement.GetProperty("players").EnumerateArray()
                        .Select(p => (p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble(), p.GetProperty("z").GetDouble()))];
                }
            }

            return [];
        }

        public async Task<Python.Run[]> BotsAsync() => await Task.WhenAll(bots).WaitAsync(TimeSpan.FromSeconds(120));

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await server.DisposeAsync();
            try
            {
                await Task.WhenAll(bots).WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (Exception failure) when (failure is SystemException or TimeoutException)
            {
                // A bot that outlived the server has ended on its own (no reply) or was stopped by its time limit.
            }

            try
            {
                Directory.Delete(server.DataDir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

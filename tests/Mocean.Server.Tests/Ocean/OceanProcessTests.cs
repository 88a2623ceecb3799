using System.Net;
using System.Net.Sockets;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>The ocean in the real server process: it survives a SIGKILL, and the Python bot finds treasure in it (and gives up on a silent server after its --timeout).</summary>
public sealed class OceanProcessTests
{
    private static async Task<string> Post(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        var reply = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return await reply.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task AServerKilledWithSigkillKeepsPlayersPlacesInventoriesInboxesBloomAndOceans()
    {
        using var client = new HttpClient();
        var dir = ServerProcess.NewDataDir();
        string ann, bob, cat, annPlace, bobPlace;
        await using (var first = await ServerProcess.StartAsync(dir, ["--seed", "11"]))
        {
            var b = first.BaseUrl;
            ann = await client.GetStringAsync($"{b}/join?name=Ann");
            bob = await client.GetStringAsync($"{b}/join?name=Bob");
            await Post(client, $"{b}/admin/ocean?ocean=class2&seed=9");
            cat = await client.GetStringAsync($"{b}/join?name=Cat&ocean=class2");
            await Post(client, $"{b}/admin/give?name=Ann&item=teleport%20crystal");
            await Post(client, $"{b}/admin/give?name=Ann&item=iron%20dust");
            await Post(client, $"{b}/admin/give?name=Ann&item=iron%20dust");
            Assert.Equal("300,300,0", await client.GetStringAsync($"{b}/teleport?id={ann}&x=300&y=300"));
            Assert.Equal("300,300,5", await client.GetStringAsync($"{b}/dive?id={ann}&ctrl=f"));
            Assert.EndsWith("now they can be ridden", await client.GetStringAsync($"{b}/use?id={ann}&item=iron%20dust"), StringComparison.Ordinal);
            Assert.Equal("message sent to Bob", await client.GetStringAsync($"{b}/sendchat?id={ann}&name=Bob&message=see%20you"));
            annPlace = await client.GetStringAsync($"{b}/location?id={ann}");
            bobPlace = await client.GetStringAsync($"{b}/location?id={bob}");

            // The write-behind writes about once a second, without being asked: wait (bounded) until all of it is on disk.
            await StoredGrains.WaitUntilAsync(dir, stored =>
                stored.Has("ocean", [ann, bob], "see you") && stored.Has("ocean", [cat])
                && stored.Any(r => r.State == "oceans" && r.Payload.Contains("class2", StringComparison.Ordinal)),
                "both oceans, the chat message and every player");
            await first.StopAsync(kill: true);
        }

        await using (var second = await ServerProcess.StartAsync(dir, ["--seed", "11"]))
        {
            var b = second.BaseUrl;
            Assert.Equal("there are 2 players: Ann Bob", await client.GetStringAsync($"{b}/who"));
            Assert.Equal(annPlace[..^6], (await client.GetStringAsync($"{b}/location?id={ann}"))[..^6]);
            Assert.Equal(bobPlace[..^6], (await client.GetStringAsync($"{b}/location?id={bob}"))[..^6]);
            Assert.Equal("air tank,teleport crystal,iron dust", await client.GetStringAsync($"{b}/inventory?id={ann}"));
            Assert.Equal("player Ann tells you: see you", await client.GetStringAsync($"{b}/popchat?id={bob}"));
            Assert.EndsWith("blooms even more, the whales are well fed", await client.GetStringAsync($"{b}/use?id={ann}&item=iron%20dust"), StringComparison.Ordinal);
            Assert.Equal("there are 1 players: Cat", await client.GetStringAsync($"{b}/who?ocean=class2"));
            Assert.Equal("Cat", await client.GetStringAsync($"{b}/name?id={cat}"));
            Assert.Equal("reset the ocean class2 with seed 9: every player was removed", await Post(client, $"{b}/admin/ocean?ocean=class2"));
            await second.StopAsync();
        }

        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task ThePythonBotFindsASeamountAndTakesItsTreasure()
    {
        await using var server = await ServerProcess.StartAsync(extraArgs: ["--seed", "7", "--placement-seed", "3"]);
        var run = await Python.RunAsync(Python.Client("mocean_bot.py"), [server.BaseUrl, "Robo"], seconds: 240);
        Assert.True(run.ExitCode == 0, run.Output[^Math.Min(run.Output.Length, 3000)..] + run.Error);
        Assert.Matches(@"get treasure -> you got the [a-zA-Z -]+ \(\d+\.\d ms\)", run.Output);
        Assert.Matches(@"inventory: air tank,[a-zA-Z -]+", run.Output);
        await server.StopAsync();
        Directory.Delete(server.DataDir, recursive: true);
    }

    [Fact]
    public async Task ThePythonBotGivesUpOnASilentServerAfterItsTimeoutWithOneLine()
    {
        // A server that accepts the connection and never answers.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = silent.AcceptTcpClientAsync();
        var address = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}";

        var run = await Python.RunAsync(Python.Client("mocean_bot.py"), [address, "Robo", "--timeout", "1.5"], seconds: 60);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("join gave no reply within 1.5 s (--timeout SECONDS waits longer)", run.Error.Trim());
        (await accepted).Dispose();
    }

    [Fact]
    public async Task ThePythonBotRefusesATimeoutThatIsNotAPositiveNumber()
    {
        var run = await Python.RunAsync(Python.Client("mocean_bot.py"), ["http://127.0.0.1:9", "--timeout", "0"]);

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("error: argument --timeout: 0 will not do: give a number of seconds above 0, like 30", run.Error.Trim(), StringComparison.Ordinal);
    }
}

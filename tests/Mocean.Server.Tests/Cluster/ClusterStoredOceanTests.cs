using System.Text;
using Mocean.OceanHosting;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// An ocean in the cluster's store: written in parts (its core and rows of players), and an ocean the earlier server
/// stored in one row loads with every player, then goes on in parts.
/// </summary>
public sealed class ClusterStoredOceanTests
{
    private static readonly string[] Standing = ["--clock", "2026-03-14T15:09:26Z", "--placement-seed", "7"];

    [Fact]
    public async Task AnOceanStoredInOneRowByTheEarlierServerLoadsWithEveryPlayerAndIsWrittenInPartsAfter()
    {
        await using var postgres = await PostgresServer.StartNewAsync();
        using var http = new HttpClient();
        var ids = new List<string>();
        await using (var first = await Start(postgres))
        {
            for (var n = 0; n < 40; n++)
            {
                ids.Add(await http.GetStringAsync($"{first.BaseUrl}/join?name=diver{n}"));
            }

            await WaitForPartsAsync(postgres, () => http.GetStringAsync($"{first.BaseUrl}/accel?id={ids[3]}&ctrl=w"));
            await first.StopAsync();
        }

        // The store as the earlier server leaves it: the whole ocean in its one row, no other row of it.
        var whole = Encoding.UTF8.GetString((await ReadAsync(postgres)).ToBytes());
        Assert.Contains("diver39", whole, StringComparison.Ordinal);
        await postgres.QueryAsync($"UPDATE orleansstorage SET payloadbinary = convert_to('{whole.Replace("'", "''", StringComparison.Ordinal)}', 'UTF8') WHERE graintypestring = 'ocean'");
        await postgres.QueryAsync("DELETE FROM orleansstorage WHERE graintypestring LIKE 'ocean.%'");
        Assert.Equal("0", (await postgres.QueryAsync("SELECT count(*) FROM orleansstorage WHERE graintypestring LIKE 'ocean.%'")).Trim());

        await using (var second = await Start(postgres))
        {
            Assert.StartsWith("there are 40 players:", await http.GetStringAsync($"{second.BaseUrl}/who"), StringComparison.Ordinal);
            Assert.Equal("diver17", await http.GetStringAsync($"{second.BaseUrl}/name?id={ids[17]}"));
            await http.GetStringAsync($"{second.BaseUrl}/accel?id={ids[3]}&ctrl=w");
            await http.GetStringAsync($"{second.BaseUrl}/quit?id={ids[5]}");
            await WaitForPartsAsync(postgres, () => http.GetStringAsync($"{second.BaseUrl}/accel?id={ids[3]}&ctrl=w"));
            await second.StopAsync();
        }

        await using var third = await Start(postgres);
        Assert.StartsWith("there are 39 players:", await http.GetStringAsync($"{third.BaseUrl}/who"), StringComparison.Ordinal);
        Assert.Equal("diver3", await http.GetStringAsync($"{third.BaseUrl}/name?id={ids[3]}"));
        Assert.True((await ReadAsync(postgres)).Snapshot.Players.Single(p => p.Name == "diver3").Speed > 0, "diver3 sped up before the stop");
    }

    /// <summary>
    /// Waits (bounded) until the ocean's players are in rows of their own. A write that finds most players changed keeps
    /// the ocean whole in its core (40 joins may all fall before the first write), so one small change a second is made
    /// meanwhile: the write after it splits the ocean into its rows.
    /// </summary>
    private static async Task WaitForPartsAsync(PostgresServer postgres, Func<Task> nudge)
    {
        for (var tries = 0; tries < 300; tries++)
        {
            if (tries % 10 == 0)
            {
                await nudge();
            }

            var rows = await postgres.QueryAsync("SELECT count(*) FROM orleansstorage WHERE graintypestring LIKE 'ocean.players.%'");
            if (int.Parse(rows.Trim(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the ocean's players never reached rows of their own");
    }

    /// <summary>The ocean <c>main</c> as the store holds it, put together from its rows as a server loads it.</summary>
    private static async Task<OceanRecord> ReadAsync(PostgresServer postgres)
    {
        var text = await postgres.QueryAsync("SELECT graintypestring || '|' || convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE graintypestring LIKE 'ocean%'");
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|', 2))
            .Where(parts => parts[0] == OceanParts.Core || parts[0].StartsWith(OceanParts.Core + ".", StringComparison.Ordinal))
            .ToDictionary(parts => parts[0], parts => Encoding.UTF8.GetBytes(parts[1]));
        return OceanParts.Load(name => rows.GetValueOrDefault(name))!;
    }

    private static Task<ServerProcess> Start(PostgresServer postgres) =>
        ServerProcess.StartAsync(extraArgs: ["--cluster", postgres.ConnectionString, .. Standing]);
}

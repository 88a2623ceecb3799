using System.Net;
using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Docs;

/// <summary>
/// The research guide's "Who passed near each beacon" example, run as written (pandas) against a real server after a
/// round in which the impostor tagged a crewmate beside another, a third far away.
/// </summary>
public sealed partial class GameRecordExampleTests
{
    [Fact]
    public async Task TheExampleNamesWhoCameNearTheBeaconOnceTheRoundIsOver()
    {
        await using var server = await ServerProcess.StartAsync(null, ["--seed", "11", "--clock", "2026-03-14T15:09:26Z"]);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Admin-Key", MoceanFactory.AdminKey);
        var ids = new Dictionary<string, string>();
        foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan" })
        {
            ids[name] = await http.GetStringAsync($"/join?name={name}");
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"/admin/give?name={name}&item=teleport%20crystal", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/admin/round?seed=5", null)).StatusCode);
        var roles = (await http.GetStringAsync("/admin/round/roles")).Split('\n');
        var impostor = roles.Single(r => r.EndsWith(",impostor", StringComparison.Ordinal)).Split(',')[0];
        var crew = ids.Keys.Where(n => n != impostor).ToList();
        var (tagged, witness, faraway) = (crew[0], crew[1], crew[2]);
        await http.GetStringAsync($"/teleport?id={ids[tagged]}&x=300&y=300");
        await http.GetStringAsync($"/teleport?id={ids[witness]}&x=310&y=300");
        await http.GetStringAsync($"/teleport?id={ids[faraway]}&x=600&y=600");
        await http.GetStringAsync($"/teleport?id={ids[impostor]}&x=302&y=300");

        // The record samples the players about once a (real) second: once it holds them at their new places, the server's
        // standing clock is moved on the 10 s into the round after which an impostor may tag (nobody waits for them).
        (string, double)[] moved = [(impostor, 302), (witness, 310), (faraway, 600)];
        for (var attempt = 0; attempt < 100 && !await SampledAsync(http, moved); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(await SampledAsync(http, moved), "the record never held the players at the places they teleported to");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/admin/clock?seconds=10", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/tag?id={ids[impostor]}&name={tagged}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/admin/round/end", null)).StatusCode);
        using var student = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        for (var attempt = 0; attempt < 100 && (await student.GetAsync("/tabledap/ocean_main_events.csv?player&kind=%22round_ended%22")).StatusCode != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(100);
        }

        var script = Path.Combine(Path.GetTempPath(), $"beacons-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Example().Replace("http://localhost:8080", server.BaseUrl, StringComparison.Ordinal));
        try
        {
            var run = await Python.RunAsync(script, []);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal($"{tagged}'s beacon at 300,300: {string.Join(", ", new[] { impostor, witness }.Order(StringComparer.Ordinal))}", run.Output.Trim());
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>Whether the teacher's record of round 1 holds each player at the x it was sent to.</summary>
    private static async Task<bool> SampledAsync(HttpClient http, (string Player, double X)[] places)
    {
        using var reply = await http.GetAsync("/tabledap/ocean_main_tracks.csv0?player,x&round=1");
        var rows = reply.IsSuccessStatusCode ? (await reply.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
        return places.All(place => rows.Any(row => row.Split(',') is [var player, var x]
            && player == place.Player && double.Parse(x, System.Globalization.CultureInfo.InvariantCulture) == place.X));
    }

    private static string Example()
    {
        var guide = File.ReadAllText(Path.Combine(Python.RepoRoot, "docs", "research-data.md"));
        var section = guide[guide.IndexOf("### Who passed near each beacon", StringComparison.Ordinal)..];
        return PythonBlock().Match(section).Groups[1].Value;
    }

    [GeneratedRegex("```python\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex PythonBlock();
}

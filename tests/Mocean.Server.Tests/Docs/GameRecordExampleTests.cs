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
        await using var server = await ServerProcess.StartAsync(null, ["--seed", "11"]);
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

        // An impostor may tag 10 s into the round (the real server's real clock).
        for (var attempt = 0; attempt < 60 && (await http.GetAsync($"/tag?id={ids[impostor]}&name={tagged}")).StatusCode != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(500);
        }

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

    private static string Example()
    {
        var guide = File.ReadAllText(Path.Combine(Python.RepoRoot, "docs", "research-data.md"));
        var section = guide[guide.IndexOf("### Who passed near each beacon", StringComparison.Ordinal)..];
        return PythonBlock().Match(section).Groups[1].Value;
    }

    [GeneratedRegex("```python\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex PythonBlock();
}

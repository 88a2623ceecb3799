using System.Globalization;
using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Cli.Tests;

/// <summary><c>mocean ocean play</c> in a round, in a tmux terminal: the role and tasks shown, a task done, a meeting called, lines said and heard, a vote, and the end with every role.</summary>
public sealed partial class RoundPlayTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task OceanPlayShowsTheRoundAndDoesATaskCallsAMeetingTalksAndVotesFromTheKeyboard()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Url) };
        await Admin(http, "/admin/ocean?ocean=lagoon&seed=42");
        await using var terminal = await Tmux.StartAsync(width: 320, height: 40);
        await terminal.SendAsync($"dotnet {CliProcess.Dll} ocean play nemo --ocean lagoon --server {fixture.Url}");
        await terminal.SendAsync("Enter", literal: false);
        var screen = await terminal.WaitForAsync("last: joined as nemo", 60);
        var nemo = Id().Match(screen).Groups[1].Value;
        var ids = new Dictionary<string, string> { ["nemo"] = nemo };
        foreach (var name in new[] { "kai", "lua", "mia" })
        {
            ids[name] = (await http.GetStringAsync($"/join?name={name}&ocean=lagoon")).Trim();
        }

        Assert.Equal("play,900,0,15,4,0", await Admin(http, "/admin/round?ocean=lagoon&seed=3&meeting_seconds=600"));
        var roles = (await Admin(http, "/admin/round/roles?ocean=lagoon", HttpMethod.Get)).Split('\n').ToDictionary(l => l.Split(',')[0], l => l.Split(',')[1]);
        Assert.Equal("crew", roles["nemo"]);
        var impostor = roles.Single(r => r.Value == "impostor").Key;

        // The round in the status line, the tasks and the round's keys below it.
        await terminal.WaitForAsync("4 living 0 out, you: crew | last: ");
        screen = await terminal.WaitForAsync("tasks: 1 find (search with ping) to do | 2 ");
        Assert.Contains("t task  e meeting  b report  m say  v vote  x tag  z storm", screen, StringComparison.Ordinal);

        // A sonar task: the diver is brought to its point, and the task is done from the keyboard.
        var sonar = (await http.GetStringAsync($"/tasks?id={nemo}")).Split('\n').Select(l => l.Split(',')).First(t => t[1] == "sonar");
        await Admin(http, "/admin/give?ocean=lagoon&name=nemo&item=teleport%20crystal");
        await http.GetStringAsync($"/teleport?id={nemo}&x={sonar[2]}&y={sonar[3]}");
        for (var k = 0; k < Math.Round(double.Parse(sonar[4], CultureInfo.InvariantCulture) / 5); k++)
        {
            await http.GetStringAsync($"/dive?id={nemo}&ctrl=f");
        }

        await terminal.SendAsync("t");
        await terminal.WaitForAsync("task number (and the answer, for measure): ");
        await terminal.SendAsync(sonar[0]);
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync($"last: task {sonar[0]} done: 1 of 15 crew tasks done");
        await terminal.WaitForAsync($"| {sonar[0]} sonar at ");
        await terminal.WaitForAsync(", tasks 1/15, ");

        // A crewmate cannot tag: the refusal is the last reply, and play goes on.
        await terminal.SendAsync("x");
        await terminal.WaitForAsync("last: no (403): you cannot tag");

        // A meeting: called, lines said and heard, a vote.
        await terminal.SendAsync("e");
        await terminal.WaitForAsync("last: you called a meeting: 600 s to talk and vote");
        await terminal.WaitForAsync("meeting: nemo called a meeting");
        await terminal.WaitForAsync("round: meeting ");
        await http.GetStringAsync($"/say?id={ids["kai"]}&message=where%20were%20you%3F");
        await terminal.WaitForAsync("meeting: kai: where were you?");
        await terminal.SendAsync("m");
        await terminal.WaitForAsync("say in the meeting: ");
        await terminal.SendAsync("at the sonar point");
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("meeting: nemo: at the sonar point");
        await terminal.SendAsync("v");
        await terminal.WaitForAsync("vote for (a name, or skip): ");
        await terminal.SendAsync(impostor);
        await terminal.SendAsync("Enter", literal: false);
        await terminal.WaitForAsync("last: you voted");

        // The others vote: the impostor is ejected, the crew wins, and every role is shown.
        foreach (var (name, id) in ids.Where(p => p.Key != "nemo"))
        {
            await http.GetStringAsync($"/vote?id={id}&name={(name == impostor ? "skip" : impostor)}");
        }

        await terminal.WaitForAsync($"meeting: {impostor} was ejected: {impostor} was an impostor");
        screen = await terminal.WaitForAsync("the round is over: the crew wins; roles: ");
        Assert.Contains("round: over winner crew", screen, StringComparison.Ordinal);
        Assert.All(roles, r => Assert.Contains($"{r.Key} {r.Value}", screen, StringComparison.Ordinal));

        await terminal.SendAsync("q");
        await terminal.WaitForAsync("goodbye nemo");
    }

    private static async Task<string> Admin(HttpClient http, string url, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, url);
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using var reply = await http.SendAsync(request);
        var text = (await reply.Content.ReadAsStringAsync()).Trim();
        Assert.True(reply.IsSuccessStatusCode, $"{url}: {text}");
        return text;
    }

    [GeneratedRegex(@"\(id ([a-z0-9]{8})\)")]
    private static partial Regex Id();
}

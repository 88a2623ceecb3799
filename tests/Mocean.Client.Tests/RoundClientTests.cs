using Microsoft.Extensions.Time.Testing;
using Mocean.Client.Ocean;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Client.Tests;

/// <summary>A whole round through the client against the real server in-process, its clock moved by the test.</summary>
public sealed class RoundClientTests : IAsyncLifetime
{
    private readonly MoceanFactory server = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero));
    private HttpClient http = null!;
    private MoceanClient mocean = null!;

    public Task InitializeAsync()
    {
        http = server.CreateClient(clock);
        mocean = new MoceanClient(http);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task ARoundIsReadPlayedTalkedAndVotedThroughTheClient()
    {
        await Admin("/admin/ocean?ocean=reef&seed=42");
        var players = new Dictionary<string, Player>();
        foreach (var name in new[] { "ann", "bob", "cy", "dot" })
        {
            players[name] = await mocean.Ocean.JoinAsync(name, "reef");
        }

        Assert.Equal(new RoundStatus("none", 0, 0, 0, 4, 0, null), await mocean.Ocean.RoundAsync("reef") with { Elapsed = default });
        Assert.False((await players["ann"].RoleAsync()).InRound);
        var noRound = await Assert.ThrowsAsync<MoceanException>(() => players["ann"].TasksAsync());
        Assert.Equal((409, "no round is on in this ocean: the teacher starts one"), (noRound.Status, noRound.ServerLine));

        await Admin("/admin/round?ocean=reef&seed=5");
        var status = await players["bob"].RoundAsync();
        Assert.Equal(("play", 900, 0, 15, 4, 0, null), (status.Phase, status.SecondsLeft, status.TasksDone, status.TasksTotal, status.Living, status.Out, status.Winner));
        var roles = (await Admin("/admin/round/roles?ocean=reef", HttpMethod.Get)).Split('\n').ToDictionary(l => l.Split(',')[0], l => l.Split(',')[1]);
        var impostor = players[roles.Single(r => r.Value == "impostor").Key];
        var crew = players.Values.Where(p => p != impostor).ToList();
        var (mine, theirs) = (await impostor.RoleAsync(), await crew[0].RoleAsync());
        Assert.Equal(("impostor", false, true, 0), (mine.Role, mine.Out, mine.IsImpostor, mine.FellowImpostors.Count));
        Assert.Equal(("crew", false, false, 0), (theirs.Role, theirs.Out, theirs.IsImpostor, theirs.FellowImpostors.Count));

        // Tasks: the find task has no place; a sonar task is done at its point.
        var tasks = (await crew[0].TasksAsync()).Items;
        Assert.Equal(5, tasks.Count);
        Assert.Equal(new RoundTask(1, "find", null, null, null, false, ""), tasks[0]);
        var lost = await Assert.ThrowsAsync<MoceanException>(() => crew[0].TaskAsync(1));
        Assert.Equal((409, "/task", "the lost city is not here"), (lost.Status, lost.Route, lost.ServerLine));
        var sonar = tasks.First(t => t.Kind == "sonar");
        await Admin($"/admin/give?ocean=reef&name={crew[0].Name}&item=teleport%20crystal");
        await crew[0].TeleportAsync(sonar.X!.Value, sonar.Y!.Value);
        for (var k = 0; k < Math.Round(sonar.Z!.Value / 5); k++)
        {
            await crew[0].DiveAsync(Dive.Sink);
        }

        Assert.Equal(new TaskDone(sonar.N, 1, 15), await crew[0].TaskAsync(sonar.N) with { Elapsed = default });
        Assert.True((await crew[0].TasksAsync()).Items.Single(t => t.N == sonar.N).Done);

        // Tags: a crewmate cannot (403); an impostor must wait (409), then tags the one in reach.
        Assert.Equal((403, "you cannot tag"), Refusal(await Assert.ThrowsAsync<MoceanException>(() => crew[1].TagAsync())));
        Assert.Equal(403, (await Assert.ThrowsAsync<MoceanException>(() => crew[1].SabotageAsync())).Status);
        Assert.Equal((409, "too soon: you can tag in 10 s"), Refusal(await Assert.ThrowsAsync<MoceanException>(() => impostor.TagAsync())));
        var victim = crew[1];
        var at = await victim.LocationAsync();
        await Admin($"/admin/give?ocean=reef&name={impostor.Name}&item=teleport%20crystal");
        await impostor.TeleportAsync(at.X, at.Y);
        clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal($"you tagged {victim.Name}", (await impostor.TagAsync(victim.Name)).Text);
        Assert.True((await victim.RoleAsync()).Out);

        // A meeting: lines said and heard, votes; the last vote ejects the impostor and the crew wins.
        var (caller, other) = (crew[0], crew[2]);
        Assert.Equal("you called a meeting: 90 s to talk and vote", (await caller.MeetingAsync()).Text);
        Assert.True((await caller.RoundAsync()).IsMeeting);
        Assert.Equal("said", (await caller.SayAsync("who was near bob?")).Text);
        var heard = await other.HearAsync();
        Assert.Equal([new MeetingLine(1, null, $"{caller.Name} called a meeting"), new MeetingLine(2, caller.Name, "who was near bob?")], heard.Lines);
        Assert.Equal(2, heard.LastN(0));
        Assert.Empty((await other.HearAsync(heard.LastN(0))).Lines);
        Assert.Equal(403, (await Assert.ThrowsAsync<MoceanException>(() => victim.VoteAsync(impostor.Name))).Status);
        Assert.Equal(409, (await Assert.ThrowsAsync<MoceanException>(() => mocean.Ocean.RolesAsync("reef"))).Status);
        Assert.Equal("you voted", (await caller.VoteAsync(impostor.Name)).Text);
        Assert.Equal((409, "you have voted in this meeting: one vote each"), Refusal(await Assert.ThrowsAsync<MoceanException>(() => caller.VoteAsync("skip"))));
        await other.VoteAsync(impostor.Name);
        await impostor.VoteAsync("skip");

        var over = await mocean.Ocean.RoundAsync("reef");
        Assert.Equal(("over", "crew", 1, 2), (over.Phase, over.Winner, over.TasksDone, over.Out));
        var shown = (await mocean.Ocean.RolesAsync("reef")).Items;
        Assert.Equal(roles.Select(r => new RoleLine(r.Key, r.Value)).OrderBy(r => r.Name, StringComparer.Ordinal), shown.OrderBy(r => r.Name, StringComparer.Ordinal));
        Assert.Equal($"{impostor.Name} was ejected: {impostor.Name} was an impostor", (await other.HearAsync(2)).Lines.Single().Text);
    }

    [Fact]
    public async Task ImpostorsLearnEachOtherFromTheirRole()
    {
        await Admin("/admin/ocean?ocean=atoll&seed=7");
        var players = new List<Player>();
        foreach (var name in new[] { "eli", "fay", "gus", "hal", "ida" })
        {
            players.Add(await mocean.Ocean.JoinAsync(name, "atoll"));
        }

        await Admin("/admin/round?ocean=atoll&seed=3&impostors=2");
        var roles = new Dictionary<string, RoundRole>();
        foreach (var p in players)
        {
            roles[p.Name] = await p.RoleAsync();
        }

        var impostors = roles.Where(r => r.Value.IsImpostor).Select(r => r.Key).Order().ToList();
        Assert.Equal(2, impostors.Count);
        Assert.Equal([impostors[1]], roles[impostors[0]].FellowImpostors);
        Assert.Equal([impostors[0]], roles[impostors[1]].FellowImpostors);
        Assert.All(roles.Values.Where(r => !r.IsImpostor), r => Assert.Empty(r.FellowImpostors));
    }

    private static (int, string) Refusal(MoceanException e) => (e.Status, e.ServerLine);

    private async Task<string> Admin(string url, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, url);
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);
        using var reply = await http.SendAsync(request);
        var text = (await reply.Content.ReadAsStringAsync()).Trim();
        Assert.True(reply.IsSuccessStatusCode, $"{url}: {text}");
        return text;
    }
}

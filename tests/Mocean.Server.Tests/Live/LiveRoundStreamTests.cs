using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Live;

/// <summary>
/// The round on the live stream over real HTTP: phase, task counts, beacons, the meeting's lines and vote counts, the
/// ejection and the end with every role; no message reveals a role (or who tagged or voted) before the end, except
/// the signed-in teacher's.
/// </summary>
public sealed class LiveRoundStreamTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero));

    [Fact]
    public async Task TheStreamShowsTheRoundAndNoRoleBeforeTheEnd()
    {
        var client = factory.CreateClient(clock, new WebApplicationFactoryClientOptions { HandleCookies = false });
        var ocean = OceanKit.Unique("screen");
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/ocean?ocean={ocean}&seed=42")).Status);
        var ids = new Dictionary<string, string>();
        foreach (var stem in new[] { "Ann", "Bob", "Cara", "Dan" })
        {
            var name = OceanKit.Unique(stem);
            ids[name] = (await client.Get($"/join?name={name}&ocean={ocean}")).Text;
        }

        await using var anyone = await LiveFeed.OpenAsync(client, $"/ocean/live/stream?ocean={ocean}");
        var sandbox = await anyone.NextAsync(m => m.GetProperty("players").GetArrayLength() == 4);
        Assert.Equal(JsonValueKind.Null, sandbox.GetProperty("round").ValueKind);
        Assert.False(sandbox.GetProperty("hidden").GetBoolean());

        Assert.Equal((HttpStatusCode.OK, "play,900,0,15,4,0"), await client.Admin($"/admin/round?ocean={ocean}&seed=5"));
        var roles = (await client.Admin($"/admin/round/roles?ocean={ocean}", method: HttpMethod.Get)).Text.Split('\n').Select(l => l.Split(',')).ToList();
        var impostor = Assert.Single(roles, r => r[1] == "impostor")[0];
        var crew = roles.Where(r => r[1] == "crew").Select(r => r[0]).ToList();

        // In play: the players have no names (the names are listed apart, in order), no roles, no seed.
        var play = await anyone.NextAsync(m => Phase(m) == "play");
        Assert.True(play.GetProperty("hidden").GetBoolean());
        Assert.All(play.GetProperty("players").EnumerateArray(), p => Assert.DoesNotContain(p.GetProperty("name").GetString(), ids.Keys));
        Assert.Equal(ids.Keys.Order(StringComparer.OrdinalIgnoreCase), play.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        var round = play.GetProperty("round");
        Assert.Equal((0, 15, 4, 0), (Int(round, "tasksDone"), Int(round, "tasksTotal"), Int(round, "living"), Int(round, "out")));
        Assert.Equal(900, Int(round, "secondsLeft"));
        Assert.Equal(JsonValueKind.Null, round.GetProperty("roles").ValueKind);
        Assert.Equal(JsonValueKind.Null, round.GetProperty("seed").ValueKind);
        Assert.DoesNotContain("impostor", anyone.Last, StringComparison.OrdinalIgnoreCase);

        // The teacher's stream: names and every role, and the seed.
        await using (var teacher = await LiveFeed.OpenAsync(client, $"/ocean/live/stream?ocean={ocean}", await SignInAsync(client)))
        {
            var seen = await teacher.NextAsync(m => Phase(m) == "play");
            Assert.False(seen.GetProperty("hidden").GetBoolean());
            Assert.Equal("5", seen.GetProperty("round").GetProperty("seed").GetString());
            Assert.Equal(impostor, seen.GetProperty("round").GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("role").GetString() == "impostor").GetProperty("name").GetString());
            Assert.Contains(seen.GetProperty("players").EnumerateArray(), p => p.GetProperty("name").GetString() == impostor);
        }

        // A tag: a beacon where the crewmate was, an event naming only the one tagged.
        var victim = crew[0];
        var at = (await client.Get($"/location?id={ids[victim]}")).Text.Split(',');
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/give?ocean={ocean}&name={impostor}&item=teleport%20crystal")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/teleport?id={ids[impostor]}&x={at[0]}&y={at[1]}")).Status);
        clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal((HttpStatusCode.OK, $"you tagged {victim}"), await client.Get($"/tag?id={ids[impostor]}&name={victim}"));
        var tagged = await anyone.NextAsync(m => m.GetProperty("round").GetProperty("beacons").GetArrayLength() == 1);
        var beacon = tagged.GetProperty("round").GetProperty("beacons")[0];
        Assert.Equal(victim, beacon.GetProperty("name").GetString());
        Assert.Equal(double.Parse(at[0], System.Globalization.CultureInfo.InvariantCulture), beacon.GetProperty("x").GetDouble(), 6);
        Assert.Equal((3, 1), (Int(tagged.GetProperty("round"), "living"), Int(tagged.GetProperty("round"), "out")));
        Assert.Contains(anyone.Events, e => e.Kind == "Tagged" && e.Player == victim && e.Detail is null);
        Assert.DoesNotContain(impostor, tagged.GetProperty("round").GetRawText() + tagged.GetProperty("players").GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(anyone.Events, e => e.Kind is "Tagged" or "Storm" && (e.Player == impostor || e.Detail == impostor));

        // A meeting: who called it, the lines said, the votes counted as they come but never whose.
        var (caller, voter) = (crew[1], crew[2]);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/meeting?id={ids[caller]}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/say?id={ids[caller]}&message=I%20saw%20nothing")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/vote?id={ids[voter]}&name={impostor}")).Status);
        var meeting = (await anyone.NextAsync(m => Phase(m) == "meeting" && Int(m.GetProperty("round").GetProperty("meeting"), "voted") == 1))
            .GetProperty("round").GetProperty("meeting");
        Assert.Equal(caller, meeting.GetProperty("caller").GetString());
        Assert.True(meeting.GetProperty("on").GetBoolean());
        Assert.Equal(90, Int(meeting, "secondsLeft"));
        Assert.Equal([$",{caller} called a meeting", $"{caller},I saw nothing"],
            meeting.GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("name").GetString()},{l.GetProperty("text").GetString()}"));
        Assert.Equal([$"{impostor}:1"], meeting.GetProperty("votes").EnumerateArray().Select(v => $"{v.GetProperty("name").GetString()}:{Int(v, "votes")}"));
        Assert.Equal(3, Int(meeting, "voters"));
        Assert.DoesNotContain(voter, meeting.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("impostor", anyone.Last, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(anyone.Events, e => e.Kind == "MeetingCalled" && e.Player == caller);
        Assert.Contains(anyone.Events, e => e.Kind == "Voted" && e.Player == "" && e.Detail == impostor);

        // The ejection ends the round: the crew wins, and every role is shown with every name.
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/vote?id={ids[caller]}&name={impostor}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/vote?id={ids[impostor]}&name=skip")).Status);
        var over = await anyone.NextAsync(m => Phase(m) == "over");
        var end = over.GetProperty("round");
        Assert.Equal("crew", end.GetProperty("winner").GetString());
        Assert.Equal($"{impostor} was ejected: {impostor} was an impostor", end.GetProperty("meeting").GetProperty("result").GetString());
        Assert.Equal(roles.Select(r => $"{r[0]},{r[1]}").Order(), end.GetProperty("roles").EnumerateArray().Select(r => $"{r.GetProperty("name").GetString()},{r.GetProperty("role").GetString()}").Order());
        Assert.Equal("5", end.GetProperty("seed").GetString());
        Assert.False(over.GetProperty("hidden").GetBoolean());
        Assert.Contains(over.GetProperty("players").EnumerateArray(), p => p.GetProperty("name").GetString() == impostor);
        Assert.Contains(anyone.Events, e => e.Kind == "RoundOver" && e.Detail == "crew");

        // The teacher ends it: the sandbox again.
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/round/end?ocean={ocean}")).Status);
        await anyone.NextAsync(m => m.GetProperty("round").ValueKind == JsonValueKind.Null);
    }

    private static string? Phase(JsonElement message) =>
        message.GetProperty("round") is { ValueKind: JsonValueKind.Object } r ? r.GetProperty("phase").GetString() : null;

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static async Task<string> SignInAsync(HttpClient client)
    {
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/teacher/signin") { Content = new FormUrlEncodedContent([new("key", MoceanFactory.AdminKey)]) };
        signIn.Headers.Add("Origin", "http://localhost");
        using var signedIn = await client.SendAsync(signIn);
        return signedIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }
}

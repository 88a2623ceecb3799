using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Ocean;

/// <summary>
/// A round through real HTTP: the teacher's routes, the players' routes, 409 for a rule, 403 for a role (the server's clock
/// moved by hand). One server serves both tests, each in an ocean of its own.
/// </summary>
public sealed class RoundHttpTests(SharedClockServer server) : IClassFixture<SharedClockServer>
{
    private readonly HttpClient client = server.Client;

    [Fact]
    public async Task ARoundIsStartedPlayedInAMeetingAndEnded()
    {
        var ocean = OceanKit.Unique("round").ToLowerInvariant();
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/ocean?ocean={ocean}&seed=42")).Status);
        var ids = new Dictionary<string, string>();
        foreach (var name in new[] { "Ann", "Bob", "Cara" })
        {
            ids[name] = (await client.Get($"/join?name={name}&ocean={ocean}")).Text;
        }

        Assert.Equal((HttpStatusCode.OK, "none,0,0,0,3,0"), await client.Get($"/round?ocean={ocean}"));
        Assert.Equal((HttpStatusCode.Conflict, "a round needs at least 4 players: 3 in this ocean"), await client.Admin($"/admin/round?ocean={ocean}&seed=5"));
        ids["Dan"] = (await client.Get($"/join?name=Dan&ocean={ocean}")).Text;
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Admin($"/admin/round?ocean={ocean}&seed=five")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Admin($"/admin/round?ocean={ocean}", key: null)).Status);
        Assert.Equal((HttpStatusCode.OK, "play,900,0,15,4,0"), await client.Admin($"/admin/round?ocean={ocean}&seed=5"));
        Assert.Equal((HttpStatusCode.OK, "play,900,0,15,4,0"), await client.Get($"/round?id={ids["Bob"]}"));

        var roles = (await client.Admin($"/admin/round/roles?ocean={ocean}", method: HttpMethod.Get)).Text.Split('\n');
        Assert.Equal(4, roles.Length);
        var impostor = Assert.Single(roles, r => r.EndsWith(",impostor", StringComparison.Ordinal)).Split(',')[0];
        var crew = ids.Keys.First(n => n != impostor);
        Assert.Equal((HttpStatusCode.OK, "crew,alive"), await client.Get($"/role?id={ids[crew]}"));
        Assert.Equal((HttpStatusCode.OK, "impostor,alive"), await client.Get($"/role?id={ids[impostor]}"));

        var tasks = (await client.Get($"/tasks?id={ids[crew]}")).Text.Split('\n');
        Assert.Equal(5, tasks.Length);
        Assert.Equal("1,find,,,,0,", tasks[0]);
        Assert.Matches(@"^2,sonar,[0-9.]+,[0-9.]+,[0-9.]+,0,$", tasks[1]);
        Assert.Equal((HttpStatusCode.Conflict, "the lost city is not here"), await client.Get($"/task?id={ids[crew]}&n=1"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Get($"/task?id={ids[crew]}&n=one")).Status);

        Assert.Equal((HttpStatusCode.Forbidden, "you cannot tag"), await client.Get($"/tag?id={ids[crew]}"));
        Assert.Equal((HttpStatusCode.Conflict, "too soon: you can tag in 10 s"), await client.Get($"/tag?id={ids[impostor]}"));
        server.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal((HttpStatusCode.Conflict, "too soon: you can tag in 6 s"), await client.Get($"/tag?id={ids[impostor]}"));
        Assert.Equal((HttpStatusCode.Forbidden, "you cannot sabotage"), await client.Get($"/sabotage?id={ids[crew]}&kind=storm"));

        Assert.Equal((HttpStatusCode.OK, "you called a meeting: 90 s to talk and vote"), await client.Get($"/meeting?id={ids[crew]}"));
        Assert.Equal(HttpStatusCode.Conflict, (await client.Get($"/accel?id={ids[crew]}&ctrl=w")).Status);
        Assert.Equal((HttpStatusCode.OK, "said"), await client.Get($"/say?id={ids[crew]}&message=who%20was%20it"));
        Assert.Equal((HttpStatusCode.OK, $"1,,{crew} called a meeting\n2,{crew},who was it"), await client.Get($"/hear?id={ids[impostor]}"));
        Assert.Equal((HttpStatusCode.OK, $"2,{crew},who was it"), await client.Get($"/hear?id={ids[impostor]}&after=1"));
        Assert.Contains("\"lines\"", (await client.Get($"/hear?id={ids[impostor]}&format=json")).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((HttpStatusCode.OK, "you voted"), await client.Get($"/vote?id={ids[crew]}&name=skip"));
        Assert.Equal((HttpStatusCode.Conflict, "you have voted in this meeting: one vote each"), await client.Get($"/vote?id={ids[crew]}&name=skip"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Get($"/vote?id={ids[impostor]}&name=Nobody")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await client.Get($"/roles?ocean={ocean}")).Status);
        Assert.StartsWith("<!doctype html>", (await client.Get($"/round?ocean={ocean}&client=browser")).Text, StringComparison.Ordinal);
        Assert.Contains("\"phase\"", (await client.Get($"/round?ocean={ocean}&format=json")).Text, StringComparison.OrdinalIgnoreCase);

        Assert.Equal((HttpStatusCode.OK, "the round is ended: the ocean is the sandbox again"), await client.Admin($"/admin/round/end?ocean={ocean}"));
        Assert.Equal((HttpStatusCode.OK, "none,0,0,0,4,0"), await client.Get($"/round?ocean={ocean}"));
        Assert.Equal((HttpStatusCode.Conflict, "no round is on in this ocean: the teacher starts one"), await client.Admin($"/admin/round/end?ocean={ocean}"));
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/accel?id={ids[crew]}&ctrl=w")).Status);
    }

    [Fact]
    public async Task AMeasureTaskNamesAMinuteOfTheSensorSeriesAndIsDoneWithItsTemperature()
    {
        var ocean = OceanKit.Unique("measure").ToLowerInvariant();
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/ocean?ocean={ocean}&seed=42")).Status);
        var ids = new Dictionary<string, string>();
        foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan" })
        {
            ids[name] = (await client.Get($"/join?name={name}&ocean={ocean}")).Text;
        }

        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/round?ocean={ocean}&seed=5&impostors=1")).Status);
        var roles = (await client.Admin($"/admin/round/roles?ocean={ocean}", method: HttpMethod.Get)).Text.Split('\n');
        var crew = roles.First(r => r.EndsWith(",crew", StringComparison.Ordinal)).Split(',')[0];

        // The turn is sonar, sample, measure: task 4 is a measure, its minute one of the data set's own.
        var tasks = (await client.Get($"/tasks?id={ids[crew]}")).Text;
        var measure = tasks.Split('\n')[3].Split(',');
        Assert.True(measure is ["4", "measure", _, _, _, "0", _], tasks);
        var minute = DateTimeOffset.Parse(measure[6], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2022, minute.Year);
        var sensors = System.Text.Json.JsonDocument.Parse((await client.Get(
            $"/api/sensors?start={minute.UtcDateTime:yyyy-MM-dd HH:mm:ss}&stop={minute.UtcDateTime.AddSeconds(1):yyyy-MM-dd HH:mm:ss}")).Text).RootElement;
        var temp = sensors.EnumerateArray().Single(record => record.TryGetProperty("temp", out _)).GetProperty("temp").GetDouble();

        // At the task's point, the temperature /api/sensors gives does it; a wrong one does not.
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/give?ocean={ocean}&name={crew}&item=teleport%20crystal")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/teleport?id={ids[crew]}&x={measure[2]}&y={measure[3]}")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await client.Get($"/task?id={ids[crew]}&n=4&answer={temp + 1}")).Status);
        Assert.Equal((HttpStatusCode.OK, "task 4 done: 1 of 15 crew tasks done"),
            await client.Get(FormattableString.Invariant($"/task?id={ids[crew]}&n=4&answer={temp}")));
    }
}

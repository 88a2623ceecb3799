using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;
using static Mocean.Server.Tests.Recording.ReplayKit;

namespace Mocean.Server.Tests.Recording;

/// <summary>
/// <c>/ocean/replay</c> over real HTTP: the rows of a round or a window, with the data sets' rule of who reads what (a
/// round being played is the teacher's; a line's text is the teacher's), and a one-line 4xx for every bad request. The
/// server's clock is moved by hand; the record reaches the store within about half a second, which the polls wait for. One
/// server serves them all: each test plays in an ocean of its own, on a day of its own.
/// </summary>
public sealed class ReplayHttpTests(RecordServer server) : IClassFixture<RecordServer>
{
    private readonly HttpClient client = server.Client;

    [Fact]
    public async Task ARoundBeingPlayedIsTheTeachersToReplayAndEveryonesOnceItIsOver()
    {
        var start = server.NextDay();
        var (ocean, ids) = await RoundAsync(client);
        var url = $"/ocean/replay?ocean={ocean}&round=1";
        await client.Get($"/accel?id={ids["Bob"]}&ctrl=w");
        server.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/meeting?id={ids["Cara"]}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/say?id={ids["Cara"]}&message=Bob%20swam%20north")).Status);
        var teacher = await UntilAsync(client, url, r => Events(r).Any(e => e.Kind == "line") && Tracks(r).Any(t => t.Player == "Bob" && t.Time == start.AddSeconds(3)));
        Assert.Equal((HttpStatusCode.Forbidden, $"round 1 of {ocean} is still being played: its replay opens to everyone when it is over\n"), await client.Get(url));
        Assert.True((bool)teacher["teacher"]!);
        Assert.Equal("Bob swam north", Events(teacher).Single(e => e.Kind == "line").Text);

        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/round/end?ocean={ocean}")).Status);
        var student = await UntilAsync(client, url, r => Events(r).Any(e => e.Kind == "round_ended"), teacher: false);
        Assert.Equal(ocean, (string)student["ocean"]!);
        Assert.Equal("42", (string)student["seed"]!);
        Assert.Equal(1, (int)student["round"]!);
        Assert.False((bool)student["teacher"]!);
        Assert.Equal(1, (double)student["trackSeconds"]!);
        Assert.Equal(Iso(start), (string)student["from"]!);
        Assert.Equal(Iso(start.AddSeconds(3)), (string)student["to"]!);
        OceanKit.AssertGolden("replay-round-events.json", student["events"]!.ToJsonString().Replace(Day(start), "2026-03-14", StringComparison.Ordinal));
        Assert.Null(Events(student).Single(e => e.Kind == "line").Text);
        Assert.Equal(Tracks(teacher).Where(t => t.Player == "Bob"), Tracks(student).Where(t => t.Player == "Bob"));
        Assert.All(Tracks(student), t => Assert.Equal(1, t.Round));
        Assert.DoesNotContain("swam", student.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTeachersChoiceOfWhatStudentsReadHoldsForReplaysToo()
    {
        server.NextDay();
        var (ocean, _) = await RoundAsync(client);
        var url = $"/ocean/replay?ocean={ocean}&round=1";
        await UntilAsync(client, url, r => Events(r).Count(e => e.Kind == "role") == 4);
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/recording?ocean={ocean}&public=all")).Status);
        var all = await client.Get(url);
        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Contains("\"kind\":\"role\",\"player\":\"Ann\"", all.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/round/end?ocean={ocean}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/recording?ocean={ocean}&public=none")).Status);
        Assert.Equal((HttpStatusCode.Forbidden, $"the record of {ocean} is the teacher's alone: sign in on the teacher's page to replay it\n"), await client.Get(url));
        Assert.Equal(HttpStatusCode.OK, (await client.Admin(url, method: HttpMethod.Get)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Admin(url, key: "a-wrong-key", method: HttpMethod.Get)).Status);
    }

    [Fact]
    public async Task AWindowShowsStudentsOnlyWhatTheyMayRead()
    {
        var day = Day(server.NextDay());
        var (ocean, _) = await RoundAsync(client);
        var window = $"/ocean/replay?ocean={ocean}&from={day}T15:00:00Z&to={day}T16:00:00Z";
        var teacher = await UntilAsync(client, window, r => Events(r).Any(e => e.Kind == "role"));
        Assert.Null((int?)teacher["round"]);
        Assert.Equal($"{day}T15:00:00Z", (string)teacher["from"]!);
        Assert.Equal($"{day}T16:00:00Z", (string)teacher["to"]!);
        var student = JsonNode.Parse((await client.Get(window)).Text)!;
        Assert.Equal(["join", "join", "join", "join"], Events(student).Select(e => e.Kind));
        Assert.DoesNotContain(Tracks(student), t => t.Round == 1);
        Assert.Equal((HttpStatusCode.NotFound, $"nothing is recorded in {ocean} from {day}T16:00:00Z to {day}T17:00:00Z that you may read\n"),
            await client.Get($"/ocean/replay?ocean={ocean}&from={day}T16:00&to={day}T17:00"));
    }

    [Fact]
    public async Task TheRoundsDownloadsAreTheSameRowsAsItsReplay()
    {
        var start = server.NextDay();
        var (ocean, ids) = await RoundAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/accel?id={ids["Dan"]}&ctrl=w")).Status);
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        var url = $"/ocean/replay?ocean={ocean}&round=1";
        await UntilAsync(client, url, r => Tracks(r).Any(t => t.Player == "Dan" && t.Time == start.AddSeconds(2)));
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/round/end?ocean={ocean}")).Status);
        var replay = await UntilAsync(client, url, r => Events(r).Any(e => e.Kind == "round_ended"), teacher: false);

        var csv = (await client.Get($"/tabledap/ocean_{ocean}_tracks.csv?&round=1")).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time,round,player,x,y,depth,speed,heading", csv[0]);
        var rows = csv[2..].Select(line => line.Split(',')).Select(f => (Time: f[0], Player: f[2], X: double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(Tracks(replay).Select(t => (t.Player, t.X)), rows.Select(r => (r.Player, r.X)));

        var jsonl = (await client.Get($"/tabledap/ocean_{ocean}_events.jsonlKVP?&round=1")).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var kinds = jsonl.Select(line => (string)JsonNode.Parse(line)!["kind"]!).ToList();
        Assert.Equal(Events(replay).Select(e => e.Kind), kinds);
    }

    [Theory]
    [InlineData("/ocean/replay", 400, "send round=N (a round's number in the record) or from=TIME&to=TIME (ISO times, like 2026-03-14T15:00:00Z)\n")]
    [InlineData("/ocean/replay?round=0", 400, "round=0 will not do: a round's number is a whole number from 1 (the ocean's first round)\n")]
    [InlineData("/ocean/replay?round=three", 400, "round=three will not do: a round's number is a whole number from 1 (the ocean's first round)\n")]
    [InlineData("/ocean/replay?round=1&from=2026-03-14", 400, "send either round=N or from=TIME&to=TIME, not both\n")]
    [InlineData("/ocean/replay?from=2026-03-14T15:00", 400, "a window needs both ends: send round=N (a round's number in the record) or from=TIME&to=TIME (ISO times, like 2026-03-14T15:00:00Z)\n")]
    [InlineData("/ocean/replay?from=yesterday&to=2026-03-14", 400, "from=yesterday is not a time: write it as ISO, like 2026-03-14T15:00:00Z\n")]
    [InlineData("/ocean/replay?from=2026-03-14T16:00&to=2026-03-14T15:00", 400, "to=2026-03-14T15:00 is not after from=2026-03-14T16:00: the window's end comes after its start\n")]
    [InlineData("/ocean/replay?from=2026-03-14&to=2026-03-16", 400, "a replay window is at most a day long: choose a shorter one, or replay a round with round=N\n")]
    [InlineData("/ocean/replay?round=1&round=2", 400, "the key 'round' was given 2 times; send each key once")]
    [InlineData("/ocean/replay?ocean=nowhere&round=1", 404, "there is no record of an ocean named nowhere\n")]
    [InlineData("/ocean/replay?ocean=NoWhere&round=1", 404, "there is no record of an ocean named nowhere\n")]
    [InlineData("/ocean/replay?ocean=no%20where&round=1", 400, "the ocean 'no where' will not do: an ocean's name is 1-20 letters and digits\n")]
    [InlineData("/ocean/replay/rounds?ocean=no%20where", 400, "the ocean 'no where' will not do: an ocean's name is 1-20 letters and digits\n")]
    [InlineData("/ocean/replay/rounds?ocean=a&ocean=b", 400, "the key 'ocean' was given 2 times; send each key once")]
    public async Task ABadRequestGetsOneLineThatSaysWhatToSend(string url, int status, string body)
    {
        var reply = await client.GetAsync(url);
        Assert.Equal((status, body), ((int)reply.StatusCode, await reply.Content.ReadAsStringAsync()));
        Assert.StartsWith("text/plain", reply.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheListOfRoundsToReplayHasARoundForStudentsOnceItIsOver()
    {
        var start = server.NextDay();
        var (ocean, _) = await RoundAsync(client);
        var rounds = $"/ocean/replay/rounds?ocean={ocean}";
        await UntilAsync(client, rounds, r => r["rounds"]!.AsArray().Count == 1);
        Assert.Equal((HttpStatusCode.OK, $"{{\"ocean\":\"{ocean}\",\"rounds\":[{{\"round\":1,\"started\":\"{Iso(start)}\",\"ended\":null,\"winner\":null}}]}}"),
            await client.Admin(rounds, method: HttpMethod.Get));
        Assert.Equal((HttpStatusCode.OK, $"{{\"ocean\":\"{ocean}\",\"rounds\":[]}}"), await client.Get(rounds));

        server.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/round/end?ocean={ocean}")).Status);
        await UntilAsync(client, rounds, r => r["rounds"]!.AsArray().Count == 1, teacher: false);
        Assert.Equal((HttpStatusCode.OK, $"{{\"ocean\":\"{ocean}\",\"rounds\":[{{\"round\":1,\"started\":\"{Iso(start)}\",\"ended\":\"{Iso(start.AddSeconds(5))}\",\"winner\":null}}]}}"),
            await client.Get(rounds));
        Assert.Equal((HttpStatusCode.OK, "{\"ocean\":\"nowhere\",\"rounds\":[]}"), await client.Get("/ocean/replay/rounds?ocean=nowhere"));
    }

    [Fact]
    public async Task ARoundTheRecordDoesNotHoldIsNotFound()
    {
        server.NextDay();
        var (ocean, _) = await RoundAsync(client);
        await UntilAsync(client, $"/ocean/replay?ocean={ocean}&round=1", r => Events(r).Any(e => e.Kind == "role"));
        Assert.Equal((HttpStatusCode.NotFound, $"{ocean} has no round 2 in its record\n"), await client.Get($"/ocean/replay?ocean={ocean}&round=2"));
    }

    [Fact]
    public async Task AReplayOverTheServersRowCapIsRefusedWithOneLine()
    {
        await using var capped = new MoceanFactory { Settings = { ["RowCap"] = "3" } };
        var client = capped.CreateClient(new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero)));
        var (ocean, _) = await RoundAsync(client);
        var url = $"/ocean/replay?ocean={ocean}&round=1";
        var reply = (Status: HttpStatusCode.NotFound, Text: "");
        for (var attempt = 0; attempt < 100 && reply.Status == HttpStatusCode.NotFound; attempt++)
        {
            await Task.Delay(100); // until the record reaches the store
            reply = await client.Admin(url, method: HttpMethod.Get);
        }

        Assert.Equal(
            (HttpStatusCode.RequestEntityTooLarge, "the replay holds more than the 3 rows of tracks or of events the server reads for one query: choose a shorter window\n"),
            reply);
    }

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

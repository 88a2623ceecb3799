using System.Net;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Recording;

/// <summary>
/// An ocean's record as tabledap data sets over real HTTP: a student cannot read the round being played, can once it is
/// over; the teacher always can, lines said included; a chat's text is never anywhere. (The server's clock is moved by
/// hand; the record reaches the store within a second or two of real time, which the polls wait for.) One server serves
/// them all, each test in an ocean of its own.
/// </summary>
public sealed class RecordingHttpTests(RecordServer server) : IClassFixture<RecordServer>
{
    private readonly HttpClient client = server.Client;

    [Fact]
    public async Task AStudentCannotReadTheRoundBeingPlayedButCanOnceItIsOverAndTheTeacherAlwaysCan()
    {
        var (ocean, ids) = await ReplayKit.RoundAsync(client, "rec");
        var tracks = $"/tabledap/ocean_{ocean}_tracks.csv?time,round,player,x,y,depth,speed,heading&round=1";
        var events = $"/tabledap/ocean_{ocean}_events.csv?time,round,kind,player,detail,text&round=1";

        await client.Get($"/accel?id={ids["Bob"]}&ctrl=w");
        server.Clock.Advance(TimeSpan.FromSeconds(3));
        var teacherTracks = await UntilAsync(client, tracks, text => text.Contains(",1,Bob,", StringComparison.Ordinal));
        Assert.StartsWith("time,round,player,x,y,depth,speed,heading\nUTC,1,,game units,game units,m,game units s-1,radians\n", teacherTracks, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Get(tracks)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Get(events)).Status);

        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/meeting?id={ids["Cara"]}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/say?id={ids["Cara"]}&message=Bob%20swam%20north")).Status);
        var teacherEvents = await UntilAsync(client, events, text => text.Contains(",line,Cara,,Bob swam north", StringComparison.Ordinal));
        Assert.Equal(4, teacherEvents.Split('\n').Count(l => l.Contains(",role,", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/round/end?ocean={ocean}")).Status);
        var studentTracks = await UntilAsync(client, tracks, text => text.Contains(",1,Bob,", StringComparison.Ordinal), teacher: false);
        Assert.Contains(",1,Bob,", studentTracks, StringComparison.Ordinal);
        var studentEvents = await UntilAsync(client, events, text => text.Contains(",round_ended,", StringComparison.Ordinal), teacher: false);
        Assert.Contains(",1,line,Cara,,\n", studentEvents, StringComparison.Ordinal);
        Assert.DoesNotContain("swam", studentEvents, StringComparison.Ordinal);
        Assert.DoesNotContain("swam", studentEvents, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChatsTextIsInNoRowAndNoIdIsEither()
    {
        var (ocean, ids) = await ReplayKit.RoundAsync(client, "rec");
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"/sendchat?id={ids["Ann"]}&name=Dan&message=the%20secret%20plan")).Status);
        var url = $"/tabledap/ocean_{ocean}_events.jsonlKVP";
        var all = await UntilAsync(client, url, text => text.Contains("\"kind\":\"chat\"", StringComparison.Ordinal));
        Assert.Contains("\"kind\":\"chat\", \"player\":\"Ann\", \"detail\":\"Dan\", \"text\":null", all, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", all, StringComparison.Ordinal);
        Assert.All(ids.Values, id => Assert.DoesNotContain(id, all, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTeacherChoosesWhatStudentsRead()
    {
        var (ocean, _) = await ReplayKit.RoundAsync(client, "rec");
        var roles = $"/tabledap/ocean_{ocean}_events.csv?player,detail&kind=%22role%22";
        await UntilAsync(client, roles, text => text.Contains("impostor", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Get(roles)).Status);
        Assert.Equal((HttpStatusCode.OK, $"students read all of the record of {ocean}, the round being played included (lines said are the teacher's)"),
            await client.Admin($"/admin/recording?ocean={ocean}&public=all"));
        Assert.Contains("impostor", (await client.Get(roles)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.Admin($"/admin/recording?ocean={ocean}&public=none")).Status);
        var none = await client.Get($"/tabledap/ocean_{ocean}_events.csv?kind");
        Assert.Equal(HttpStatusCode.NotFound, none.Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Admin($"/admin/recording?ocean={ocean}&public=some")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Admin($"/admin/recording?ocean={ocean}&public=all", key: null)).Status);
    }

    [Fact]
    public async Task InfoDescribesTheRecordWithItsUnitsAndTheOceansSeed()
    {
        var (ocean, _) = await ReplayKit.RoundAsync(client, "rec");
        var info = await UntilAsync(client, $"/info/ocean_{ocean}_tracks/index.csv", text => text.Contains("seed", StringComparison.Ordinal));
        Assert.Contains("world seed 42", info, StringComparison.Ordinal);
        Assert.Contains("variable,depth,,double,", info, StringComparison.Ordinal);
        Assert.Contains("attribute,depth,positive,String,down", info, StringComparison.Ordinal);
        Assert.Contains("attribute,speed,units,String,game units s-1", info, StringComparison.Ordinal);
    }

    /// <summary>Asks until the reply is 200 and passes <paramref name="done"/> (the record reaches the store about once a second).</summary>
    private static async Task<string> UntilAsync(HttpClient client, string url, Func<string, bool> done, bool teacher = true)
    {
        var last = (Status: HttpStatusCode.NoContent, Text: "");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            last = teacher ? await client.Admin(url, method: HttpMethod.Get) : await client.Get(url);
            if (last.Status == HttpStatusCode.OK && done(last.Text))
            {
                return last.Text;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{url} never answered as expected; last {last.Status}: {last.Text}");
        return "";
    }
}

using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Recording;

/// <summary>The game's record in the real server process: what a query showed before a SIGKILL is there after the restart.</summary>
public sealed class RecordingProcessTests
{
    [Fact]
    public async Task ARecordAQueryShowedSurvivesASigkillAndGoesOnGrowing()
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", MoceanFactory.AdminKey);
        var dir = ServerProcess.NewDataDir();
        const string Tracks = "/tabledap/ocean_main_tracks.csv0?time,x&player=%22Ann%22&orderBy(%22time%22)";
        string[] before;
        await using (var first = await ServerProcess.StartAsync(dir, ["--seed", "11"]))
        {
            var b = first.BaseUrl;
            var ann = await client.GetStringAsync($"{b}/join?name=Ann");
            var bob = await client.GetStringAsync($"{b}/join?name=Bob");
            await client.GetStringAsync($"{b}/accel?id={ann}&ctrl=w");
            await client.GetStringAsync($"{b}/sendchat?id={bob}&name=Ann&message=hello");
            before = await RowsAsync(client, b + Tracks, rows => rows.Length >= 3);
            await first.StopAsync(kill: true);
        }

        await using var second = await ServerProcess.StartAsync(dir, ["--seed", "11"]);
        await client.GetStringAsync($"{second.BaseUrl}/who");
        var after = await RowsAsync(client, second.BaseUrl + Tracks, rows => rows.Length > before.Length);
        Assert.Equal(before, after[..before.Length]);
        var chat = await client.GetStringAsync($"{second.BaseUrl}/tabledap/ocean_main_events.csv0?player,detail&kind=%22chat%22");
        Assert.Equal("Bob,Ann", chat.Trim());
    }

    private static async Task<string[]> RowsAsync(HttpClient client, string url, Func<string[], bool> enough)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var reply = await client.GetAsync(url);
            var rows = (await reply.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (reply.IsSuccessStatusCode && enough(rows))
            {
                return rows;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{url} never had the rows expected");
        return [];
    }
}

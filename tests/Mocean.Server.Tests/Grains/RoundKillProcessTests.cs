using System.Globalization;
using System.Net;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Ocean;

namespace Mocean.Server.Tests.Grains;

/// <summary>
/// The real server as a process, its clock standing (<c>--clock</c>) and moved by the test: a round SIGKILLed during
/// a meeting restarts into the same meeting (the same lines, the votes cast, the same time left), and a meeting that
/// ended on its own by the clock is still ended, with the same result, after another kill.
/// </summary>
public sealed class RoundKillProcessTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);

    private static string[] Args(TimeSpan after) =>
        ["--clock", (Start + after).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), "--placement-seed", "7"];

    [Fact]
    public async Task AKillDuringAMeetingRestartsIntoTheSameMeetingAndAMeetingEndedByTheClockStaysEnded()
    {
        var dir = ServerProcess.NewDataDir();
        var ids = new Dictionary<string, string>();
        string impostor;
        string[] crew;
        (HttpStatusCode, string) roundBefore, heardBefore;
        await using (var first = await ServerProcess.StartAsync(dir, Args(TimeSpan.Zero)))
        {
            using var http = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
            foreach (var name in new[] { "Ann", "Bob", "Cara", "Dan", "Eve" })
            {
                ids[name] = (await http.Get($"/join?name={name}")).Text;
            }

            Assert.Equal((HttpStatusCode.OK, "play,900,0,20,5,0"), await http.Admin("/admin/round?seed=5"));
            var roles = (await http.Admin("/admin/round/roles", method: HttpMethod.Get)).Text.Split('\n');
            impostor = Assert.Single(roles, r => r.EndsWith(",impostor", StringComparison.Ordinal)).Split(',')[0];
            crew = [.. ids.Keys.Where(n => n != impostor)];

            Assert.Equal((HttpStatusCode.OK, "the clock is 2026-03-14T15:09:41Z (standing: POST /admin/clock?seconds=N moves it)"), await http.Admin("/admin/clock?seconds=15"));
            Assert.Equal((HttpStatusCode.OK, "play,885,0,20,5,0"), await http.Get("/round"));
            Assert.Equal((HttpStatusCode.OK, "you called a meeting: 90 s to talk and vote"), await http.Get($"/meeting?id={ids[crew[0]]}"));
            Assert.Equal((HttpStatusCode.OK, "you voted"), await http.Get($"/vote?id={ids[crew[0]]}&name=skip"));
            Assert.Equal((HttpStatusCode.OK, "you voted"), await http.Get($"/vote?id={ids[impostor]}&name={crew[1]}"));
            Assert.Equal((HttpStatusCode.OK, "said"), await http.Get($"/say?id={ids[crew[0]]}&message=who%20was%20near%20the%20trench"));
            await http.Admin("/admin/clock?seconds=30");
            Assert.Equal((HttpStatusCode.OK, "said"), await http.Get($"/say?id={ids[impostor]}&message=not%20me"));

            roundBefore = await http.Get("/round");
            heardBefore = await http.Get($"/hear?id={ids[crew[2]]}");
            Assert.Equal((HttpStatusCode.OK, "meeting,60,0,20,5,0"), roundBefore);
            Assert.Equal((HttpStatusCode.OK, $"1,,{crew[0]} called a meeting\n2,{crew[0]},who was near the trench\n3,{impostor},not me"), heardBefore);

            // The snapshot is written whole about once a second: once the last line is on disk, so is all before it.
            await StoredGrains.WaitUntilAsync(dir, rows => rows.Any(r => r.State == "ocean" && r.Payload.Contains("not me", StringComparison.Ordinal)), "the meeting's last line");
            await first.StopAsync(kill: true);
        }

        await using (var second = await ServerProcess.StartAsync(dir, Args(TimeSpan.FromSeconds(45))))
        {
            using var http = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
            Assert.Equal(roundBefore, await http.Get("/round"));
            Assert.Equal(heardBefore, await http.Get($"/hear?id={ids[crew[2]]}"));
            Assert.Equal((HttpStatusCode.Conflict, "you have voted in this meeting: one vote each"), await http.Get($"/vote?id={ids[crew[0]]}&name=skip"));
            Assert.Equal((HttpStatusCode.Conflict, "you have voted in this meeting: one vote each"), await http.Get($"/vote?id={ids[impostor]}&name=skip"));
            Assert.Equal(HttpStatusCode.Conflict, (await http.Get($"/accel?id={ids[crew[1]]}&ctrl=w")).Status);
            Assert.Equal((HttpStatusCode.OK, "you voted"), await http.Get($"/vote?id={ids[crew[2]]}&name={impostor}"));

            // Nobody else votes: the meeting ends by the clock, one vote each for two names and skip, so no one is ejected.
            await http.Admin("/admin/clock?seconds=60");
            roundBefore = await http.Get("/round");
            heardBefore = await http.Get($"/hear?id={ids[crew[2]]}&after=3");
            Assert.Equal((HttpStatusCode.OK, "play,885,0,20,5,0"), roundBefore);
            Assert.Equal((HttpStatusCode.OK, "4,,no one was ejected"), heardBefore);
            await second.StopAsync(kill: true);
        }

        await using (var third = await ServerProcess.StartAsync(dir, Args(TimeSpan.FromSeconds(105))))
        {
            using var http = new HttpClient { BaseAddress = new Uri(third.BaseUrl) };
            Assert.Equal(roundBefore, await http.Get("/round"));
            Assert.Equal(heardBefore, await http.Get($"/hear?id={ids[crew[2]]}&after=3"));
            Assert.Equal(HttpStatusCode.OK, (await http.Get($"/accel?id={ids[crew[1]]}&ctrl=w")).Status);
            Assert.Equal((HttpStatusCode.Conflict, "you have called your one meeting of this round: report a beacon to call another"), await http.Get($"/meeting?id={ids[crew[0]]}"));
        }

        Directory.Delete(dir, recursive: true);
    }
}

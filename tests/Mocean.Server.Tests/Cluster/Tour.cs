using System.Globalization;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Cluster;

/// <summary>
/// A class's session, route by route, written as a script over a <see cref="Transcript"/>: a teacher makes an
/// ocean, three players join and use every route of the game (moving, diving, looking, a treasure, a whale, chat,
/// refusals, JSON and browser forms), the teacher's admin routes, a round, Steps and the Duck game. Each read is asked of
/// every server in turn; every other request goes to the next server. Decisions (where to go for a treasure or a
/// whale) are taken from the replies, so two runs that get the same replies make the same requests.
/// </summary>
public static class Tour
{
    public static async Task PlayAsync(Transcript t)
    {
        var post = HttpMethod.Post;
        await t.AdminAsync(post, "/admin/ocean?ocean=tour&seed=5");
        var ann = await t.GetAsync("/join?name=Ann&ocean=tour");
        var bob = await t.GetAsync("/join?name=Bob&ocean=tour");
        var cy = await t.GetAsync("/join?name=Cy");
        foreach (var read in new[] { "/who?ocean=tour", "/who", $"/name?id={bob}", $"/name?id={cy}", $"/location?id={ann}", $"/velocity?id={ann}",
                     $"/look?id={ann}", $"/ping?id={ann}", $"/inventory?id={ann}", $"/treasurename?id={ann}", $"/location?id={cy}" })
        {
            await t.EachAsync(read);
        }

        // Moving and diving, each command through the next server.
        foreach (var command in new[] { "accel&ctrl=w", "accel&ctrl=w", "accel&ctrl=a", "accel&ctrl=d", "accel&ctrl=s", "stop", "dive&ctrl=f", "dive&ctrl=f", "dive&ctrl=r" })
        {
            var route = command.Split('&', 2);
            await t.GetAsync($"/{route[0]}?id={ann}" + (route.Length > 1 ? "&" + route[1] : string.Empty));
        }

        await t.EachAsync($"/location?id={ann}");
        await t.EachAsync($"/velocity?id={ann}");
        await t.EachAsync($"/location?id={ann}&format=json");
        await t.EachAsync($"/who?ocean=tour&client=browser");

        // The teacher's gifts, then the items' uses.
        foreach (var item in new[] { "teleport crystal", "binoculars", "boat hook", "crash alert", "iron dust" })
        {
            await t.AdminAsync(post, $"/admin/give?ocean=tour&name=Ann&item={Uri.EscapeDataString(item)}");
        }

        await t.EachAsync($"/inventory?id={ann}");
        await t.GetAsync($"/use?id={ann}&item=crash%20alert");
        await t.EachAsync($"/seamountname?id={ann}");
        await t.GetAsync($"/use?id={ann}&item=teleport%20crystal");

        // A treasure: teleport about until the binoculars show one, go above it and take it with the boat hook.
        var treasure = await FindAsync(t, ann, "treasure");
        if (treasure is { } spot)
        {
            await t.GetAsync($"/teleport?id={ann}&x={spot.X}&y={spot.Y}");
            await t.GetAsync($"/get?id={ann}&item=treasure");
        }

        await t.EachAsync($"/treasurename?id={ann}");
        await t.EachAsync($"/inventory?id={ann}");

        // A whale: the bloom feeds them, then ride the nearest one a little and get off.
        await t.GetAsync($"/get?id={ann}&item=whale");
        await t.GetAsync($"/use?id={ann}&item=iron%20dust");
        var whale = await FindAsync(t, ann, "whale");
        if (whale is { } there)
        {
            await t.GetAsync($"/teleport?id={ann}&x={there.X}&y={there.Y}");
            await t.GetAsync($"/get?id={ann}&item=whale");
            await t.EachAsync($"/whalename?id={ann}");
            await t.GetAsync($"/accel?id={ann}&ctrl=w");
            await t.EachAsync($"/location?id={ann}");
            await t.GetAsync($"/use?id={ann}&item=whale");
        }

        await t.EachAsync($"/whalename?id={ann}");

        // Chat between players joined through different servers, and the teacher's notice.
        await t.GetAsync($"/sendchat?id={ann}&name=Bob&message=meet%20at%20the%20trench");
        await t.EachAsync($"/location?id={bob}");
        await t.GetAsync($"/popchat?id={bob}");
        await t.GetAsync($"/popchat?id={bob}");
        await t.AdminAsync(post, "/admin/broadcast?ocean=tour&message=five%20minutes%20left");
        await t.GetAsync($"/popchat?id={bob}");
        await t.AdminAsync(post, "/admin/mute?ocean=tour&name=Bob");
        await t.GetAsync($"/sendchat?id={bob}&name=Ann&message=hello");
        await t.AdminAsync(post, "/admin/unmute?ocean=tour&name=Bob");
        await t.GetAsync($"/sendchat?id={bob}&name=Ann&message=hello");
        await t.AdminAsync(HttpMethod.Get, "/admin/chatlog?ocean=tour");

        // Refusals are the same everywhere too.
        foreach (var wrong in new[] { "/location?id=zzzzzzzz", "/join?name=Ann&ocean=tour", $"/accel?id={ann}&ctrl=x", "/id?name=Ann", "/who?ocean=nosuch",
                     $"/sendchat?id={ann}&name=Nobody&message=hi", $"/location?id={ann}&id={ann}", "/join?name=Dee&ocean=nosuch" })
        {
            await t.EachAsync(wrong);
        }

        // The teacher: pause and resume, the player list, a removal.
        await t.AdminAsync(post, "/admin/pause?ocean=tour");
        await t.EachAsync($"/location?id={ann}");
        await t.AdminAsync(post, "/admin/resume?ocean=tour");
        await t.AdminAsync(HttpMethod.Get, "/admin/players?ocean=tour");
        await t.AdminAsync(post, "/admin/remove?name=Cy");
        await t.EachAsync($"/name?id={cy}");
        await t.EachAsync("/round?ocean=tour");
        await t.EachAsync("/mocean?usage=brief");

        // Steps progress and the Duck game, each step through the next server.
        await t.GetAsync("/steps?message=passport&name=ada");
        await t.GetAsync("/puzzle?solution=leaf&name=ada");
        await t.EachAsync("/steps/progress?name=ada");
        await t.GetAsync("/duck?name=ada&reset=1");
        await t.GetAsync("/duck?name=ada&destination=10,90");
        await t.GetAsync("/duck?name=ada&destination=12,150");
        await t.EachAsync("/duck?name=ada&format=json");
        await StepsKit.WinDuckAsync(t.Http, t.Next, "grace");
        await t.EachAsync("/duck/leaderboard");

        // A round in an ocean of its own: roles, tasks, a meeting with a line said and every vote, the end.
        await t.AdminAsync(post, "/admin/ocean?ocean=arena&seed=6");
        var crew = new List<string>();
        foreach (var name in new[] { "Pia", "Quin", "Rae", "Sol" })
        {
            crew.Add(await t.GetAsync($"/join?name={name}&ocean=arena"));
        }

        await t.AdminAsync(post, "/admin/round?ocean=arena&seed=5");
        await t.EachAsync("/round?ocean=arena");
        foreach (var id in crew)
        {
            await t.EachAsync($"/role?id={id}");
            await t.EachAsync($"/tasks?id={id}");
        }

        await t.GetAsync($"/task?id={crew[0]}&n=1");
        await t.GetAsync($"/meeting?id={crew[1]}");
        await t.GetAsync($"/say?id={crew[2]}&message=I%20saw%20nothing");
        await t.EachAsync($"/hear?id={crew[3]}&after=0");
        foreach (var id in crew)
        {
            await t.GetAsync($"/vote?id={id}&name=skip");
        }

        await t.EachAsync("/round?ocean=arena");
        await t.EachAsync("/roles?ocean=arena");
        await t.AdminAsync(HttpMethod.Get, "/admin/round/roles?ocean=arena");
        await t.AdminAsync(post, "/admin/round/end?ocean=arena");
        await t.EachAsync("/round?ocean=arena");
        await t.EachAsync("/roles?ocean=arena");

        // Leaving, and the ocean made anew.
        await t.GetAsync($"/quit?id={bob}");
        await t.EachAsync("/who?ocean=tour");
        await t.EachAsync($"/name?id={bob}");
        await t.AdminAsync(post, "/admin/ocean?ocean=tour");
        await t.EachAsync("/who?ocean=tour");
        await t.EachAsync($"/location?id={ann}");
    }

    /// <summary>Teleports about (a coarse grid) until <c>look</c> shows a thing of that kind; where it is.</summary>
    private static async Task<(string X, string Y)?> FindAsync(Transcript t, string id, string kind)
    {
        for (var gx = 50; gx < 900; gx += 160)
        {
            for (var gy = 50; gy < 900; gy += 160)
            {
                await t.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/teleport?id={id}&x={gx}&y={gy}"));
                var seen = (await t.GetAsync($"/look?id={id}")).Split(',');
                for (var i = 0; i + 3 < seen.Length; i += 4)
                {
                    if (seen[i] == kind)
                    {
                        return (seen[i + 1], seen[i + 2]);
                    }
                }
            }
        }

        return null;
    }
}

using System.Reflection;
using System.Text;
using Mocean.Ocean;
using Mocean.Server.Protocol;

namespace Mocean.Server.Ocean;

/// <summary>
/// <c>mocean</c>: how to play (every route, its keys and its reply, the version and the world's size;
/// <c>usage=brief</c> for the route names alone), and the retired <c>id</c> route (410 Gone).
/// </summary>
public static class UsageRoutes
{
    /// <summary>
    /// Every player route: name, its query as a student types it (<c>[...]</c> optional), reply. The one list
    /// <c>mocean</c> prints.
    /// </summary>
    public static readonly IReadOnlyList<(string Route, string Keys, string Reply)> Routes =
    [
        ("join", "name=YOURNAME[&ocean=NAME]", "your id: send it with every other route, and keep it to yourself"),
        ("quit", "id=YOURID", "a goodbye line; your name is free again"),
        ("who", "[ocean=NAME]", "there are N players: name1 name2"),
        ("name", "id=YOURID", "your name"),
        ("look", "id=YOURID", "kind,x,y,z, for everything in sight (kind: whale, treasure, player; beacon in a round)"),
        ("get", "id=YOURID&item=treasure|whale", "what happened"),
        ("inventory", "id=YOURID", "what you hold, separated by commas"),
        ("use", "id=YOURID&item=NAME", "what happened"),
        ("sendchat", "id=YOURID&name=PLAYER&message=TEXT", "a confirmation, or why not"),
        ("popchat", "id=YOURID", "the waiting message, or that there is none"),
        ("location", "id=YOURID", "x,y,z,wrap,msg,near"),
        ("velocity", "id=YOURID", "vx,vy,heading"),
        ("accel", "id=YOURID&ctrl=w|a|s|d", "x,y,z,vx,vy,heading"),
        ("stop", "id=YOURID", "x,y,z,vx,vy,heading"),
        ("dive", "id=YOURID&ctrl=r|f", "x,y,z"),
        ("teleport", "id=YOURID&x=X&y=Y", "x,y,z (needs the teleport crystal)"),
        ("ping", "id=YOURID", "metres from the surface to the floor here"),
        ("whalename", "id=YOURID", "the name of the whale you ride"),
        ("treasurename", "id=YOURID", "treasures held by YOURNAME: and the treasures you hold"),
        ("seamountname", "id=YOURID", "the nearest seamount's name"),
        ("round", "[ocean=NAME]", "phase,seconds_left,tasks_done,tasks_total,living,out (and winner: crew or impostors when over)"),
        ("role", "id=YOURID", "crew,alive or impostor,alive (out when out; an impostor's line names the other impostors)"),
        ("tasks", "id=YOURID", "one line per task: n,kind,x,y,z,done,detail"),
        ("task", "id=YOURID&n=N[&answer=TEMP]", "task N done: D of T crew tasks done (answer for a measure task)"),
        ("tag", "id=YOURID[&name=PLAYER]", "you tagged NAME (impostors only; the nearest crewmate in reach without name)"),
        ("sabotage", "id=YOURID&kind=storm", "a storm rises for 30 s (impostors only)"),
        ("meeting", "id=YOURID", "you called a meeting: 90 s to talk and vote (once a round)"),
        ("report", "id=YOURID", "you reported NAME's beacon: a meeting starts"),
        ("say", "id=YOURID&message=TEXT", "said (in a meeting)"),
        ("hear", "id=YOURID[&after=N]", "the meeting's lines after line N: n,name,text"),
        ("vote", "id=YOURID&name=PLAYER|skip", "you voted (once a meeting)"),
        ("roles", "[ocean=NAME]", "when the round is over: name,role a line"),
    ];

    public static WebApplication MapUsage(this WebApplication app)
    {
        app.MapText("/mocean", Usage).WithTags("Ocean").WithSummary("How to play: every route, its keys and its reply")
            .WithQuery("usage", "brief: the route names alone");
        app.MapText("/id", request => ClassicRoutes.IsOn(request) ? ClassicRoutes.IdOfAsync(request) : Task.FromResult(Reply.Error(StatusCodes.Status410Gone,
                "the id route is retired: it handed anyone another player's id; keep the id that join gave you, and join again if you lost it")))
            .WithTags("Ocean").WithSummary("Retired (410 Gone): keep the id join gave you; in classic mode the id of the player name= names (-1 for none)");
        return app;
    }

    private static Reply Usage(TextRequest request)
    {
        var version = typeof(UsageRoutes).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
        var size = OceanRules.Default;
        var brief = string.Equals(request.Query.Optional("usage"), "brief", StringComparison.OrdinalIgnoreCase);
        var classic = ClassicRoutes.IsOn(request);
        var text = new StringBuilder();
        text.Append($"Mocean {version}: a {WireNumbers.Number(size.Width)} by {WireNumbers.Number(size.Height)} ocean that wraps at its edges.\n");
        if (brief)
        {
            text.Append("routes: ").Append(string.Join(' ', Routes.Select(r => r.Route))).Append('\n');
        }
        else
        {
            text.Append($"Start with {request.BaseUrl}/join?name=YOURNAME and send the id it gives with every other route, e.g. {request.BaseUrl}/location?id=YOURID\n");
            foreach (var (route, keys, reply) in Routes)
            {
                text.Append(keys.StartsWith('[') ? $"{route}[?{keys[1..^1]}]" : $"{route}?{keys}").Append($" -> {reply}\n");
            }

            text.Append("Add format=json for named fields, client=browser for a page.\n");
        }

        return Reply.Ok(classic ? ClassicUsage.Text(version, brief) : text.ToString().TrimEnd('\n'), new
        {
            Version = version,
            size.Width,
            size.Height,
            Routes = Routes.Select(r => brief ? new { r.Route, Keys = (string?)null, Reply = (string?)null } : new { r.Route, Keys = (string?)r.Keys, Reply = (string?)r.Reply }),
        });
    }
}

using System.Globalization;
using Mocean.Ocean.Commands;
using Mocean.OceanHosting;
using Mocean.Server.Protocol;
using static Mocean.Server.Ocean.PlayerRoutes;

namespace Mocean.Server.Ocean;

/// <summary>
/// The round's player routes (rounds.md): <c>round</c>, <c>role</c>, <c>tasks</c>, <c>task</c>, <c>tag</c>,
/// <c>sabotage</c>, <c>meeting</c>, <c>report</c>, <c>say</c>, <c>hear</c>, <c>vote</c>, <c>roles</c>. Each parses,
/// sends one command to the player's ocean and writes its answer; a round rule's refusal is a 409, what a role or
/// state forbids a 403 (the engine decides which).
/// </summary>
public static class RoundRoutes
{
    private const string IdHelp = "your id from join";

    public static WebApplication MapRoundRoutes(this WebApplication app)
    {
        app.MapText("/round", RoundAsync).WithTags("Rounds").WithSummary("The round: phase,seconds_left,tasks_done,tasks_total,living,out")
            .WithQuery("ocean", "which ocean (default main)").WithQuery("id", "or your id: your ocean");
        app.MapText("/role", (TextRequest r) => Line(r, id => new Player.Role(id), x => x.Text, x => new { x.Role, x.State, Impostors = x.FellowImpostors }))
            .WithTags("Rounds").WithSummary("Your role: crew,alive (an impostor's line names the other impostors)").WithQuery("id", IdHelp, required: true);
        app.MapText("/tasks", TasksAsync).WithTags("Rounds").WithSummary("Your tasks, one a line: n,kind,x,y,z,done,detail")
            .WithQuery("id", IdHelp, required: true);
        app.MapText("/task", TaskAsync).WithTags("Rounds").WithSummary("Do task n where you are (answer= for measure)")
            .WithQuery("id", IdHelp, required: true).WithQuery("n", "the task's number", required: true).WithQuery("answer", "the temp, for a measure task");
        app.MapText("/tag", (TextRequest r) => Line(r, id => new Player.Tag(id, r.Query.Optional("name")), x => x, x => new { Line = x }))
            .WithTags("Rounds").WithSummary("An impostor tags a crewmate in reach (name optional: the nearest)")
            .WithQuery("id", IdHelp, required: true).WithQuery("name", "who (default the nearest)");
        app.MapText("/sabotage", (TextRequest r) => Line(r, id => new Player.Sabotage(id, r.Query.Required("kind", "send kind=storm")), x => x, x => new { Line = x }))
            .WithTags("Rounds").WithSummary("An impostor raises a storm: sight drops to 5").WithQuery("id", IdHelp, required: true).WithQuery("kind", "storm", required: true);
        app.MapText("/meeting", (TextRequest r) => Line(r, id => new Player.Meeting(id), x => x, x => new { Line = x }))
            .WithTags("Rounds").WithSummary("Call your one emergency meeting").WithQuery("id", IdHelp, required: true);
        app.MapText("/report", (TextRequest r) => Line(r, id => new Player.Report(id), x => x, x => new { Line = x }))
            .WithTags("Rounds").WithSummary("Report a beacon in sight: a meeting starts").WithQuery("id", IdHelp, required: true);
        app.MapText("/say", (TextRequest r) => Line(r, id => new Player.Say(id, r.Query.Required("message", "send message=WHAT YOU SAY (1-200 characters)")), x => x, x => new { Line = x }))
            .WithTags("Rounds").WithSummary("Say a line in the meeting").WithQuery("id", IdHelp, required: true).WithQuery("message", "1-200 characters", required: true);
        app.MapText("/hear", HearAsync).WithTags("Rounds").WithSummary("The meeting's lines after line 'after': n,name,text")
            .WithQuery("id", IdHelp, required: true).WithQuery("after", "a line number (default 0)");
        app.MapText("/vote", (TextRequest r) => Line(r, id => new Player.Vote(id, r.Query.Required("name", "send name=PLAYER or name=skip")), x => x, x => new { Line = x }))
            .WithTags("Rounds").WithSummary("Vote once in the meeting: a player's name, or skip").WithQuery("id", IdHelp, required: true).WithQuery("name", "a player, or skip", required: true);
        app.MapText("/roles", RolesAsync).WithTags("Rounds").WithSummary("After the round: name,role a line").WithQuery("ocean", "which ocean (default main)");
        return app;
    }

    private static async Task<Reply> Line<T>(TextRequest request, Func<string, GameCommand<T>> command, Func<T, string> text, Func<T, object> json)
    {
        var value = await AskAsync(request, command).ConfigureAwait(false);
        return Reply.Ok(text(value), json(value));
    }

    private static async Task<Reply> RoundAsync(TextRequest request)
    {
        var locator = request.Context.RequestServices.GetRequiredService<OceanLocator>();
        var ocean = request.Query.Has("id") ? await OceanOfAsync(request, Id(request)).ConfigureAwait(false) : await OceanAsync(request).ConfigureAwait(false);
        var s = (await locator.ExecuteAsync(ocean, new Player.Round()).ConfigureAwait(false)).ValueOrRefusal();
        return Reply.Ok(s.Text, new { s.Phase, s.SecondsLeft, s.TasksDone, s.TasksTotal, s.Living, s.Out, s.Winner });
    }

    private static async Task<Reply> TasksAsync(TextRequest request)
    {
        var tasks = await AskAsync(request, id => new Player.Tasks(id)).ConfigureAwait(false);
        static string N(double? v) => v is double d ? WireNumbers.Number(d) : "";
        var lines = tasks.Select(t => $"{WireNumbers.Number(t.N)},{t.Kind},{N(t.X)},{N(t.Y)},{N(t.Z)},{(t.Done ? 1 : 0)},{t.Detail}");
        return Reply.Ok(string.Join('\n', lines), new { Tasks = tasks });
    }

    private static async Task<Reply> TaskAsync(TextRequest request)
    {
        var n = request.Query.RequiredInteger("n", "send n=THE TASK'S NUMBER (tasks lists them)");
        double? answer = request.Query.Has("answer") ? request.Query.RequiredNumber("answer", "send answer=THE TEMP, a number like 7.68") : null;
        var done = await AskAsync(request, id => new Player.DoTask(id, (int)Math.Clamp(n, int.MinValue, int.MaxValue), answer)).ConfigureAwait(false);
        return Reply.Ok(done.Text, new { done.N, done.Done, done.Total });
    }

    private static async Task<Reply> HearAsync(TextRequest request)
    {
        var after = request.Query.Has("after") ? request.Query.RequiredInteger("after", "send after=A LINE NUMBER, or leave it out") : 0;
        var lines = await AskAsync(request, id => new Player.Hear(id, (int)Math.Clamp(after, 0, int.MaxValue))).ConfigureAwait(false);
        return Reply.Ok(string.Join('\n', lines.Select(l => $"{l.N.ToString(CultureInfo.InvariantCulture)},{l.Name},{l.Text}")), new { Lines = lines });
    }

    private static async Task<Reply> RolesAsync(TextRequest request)
    {
        var ocean = await OceanAsync(request).ConfigureAwait(false);
        var locator = request.Context.RequestServices.GetRequiredService<OceanLocator>();
        var roles = (await locator.ExecuteAsync(ocean, new Player.Roles()).ConfigureAwait(false)).ValueOrRefusal();
        return Reply.Ok(string.Join('\n', roles.Select(r => r.Text)), new { Roles = roles.Select(r => new { r.Name, r.Role }) });
    }
}

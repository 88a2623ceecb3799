using System.Globalization;

namespace Mocean.Client.Ocean;

/// <summary>
/// The round's routes for this player (rounds.md). A round rule's refusal (out of reach, too soon, a wrong answer, a
/// meeting on, no round) is a <see cref="MoceanException"/> with status 409; what the role or state forbids (a
/// crewmate's tag, an out player's vote) is a 403; both carry the server's one line.
/// </summary>
public sealed partial record Player
{
    /// <summary><c>round</c> of this player's ocean.</summary>
    public async Task<RoundStatus> RoundAsync(CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("round", With([]), cancel).ConfigureAwait(false);
        return RoundText.Status(body) with { Elapsed = elapsed };
    }

    /// <summary><c>role</c>: this player's role and whether they are out (an impostor also learns the others).</summary>
    public async Task<RoundRole> RoleAsync(CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("role", With([]), cancel).ConfigureAwait(false);
        return RoundText.Role(body) with { Elapsed = elapsed };
    }

    /// <summary><c>tasks</c>: this player's tasks (409 without a round).</summary>
    public async Task<RoundTasks> TasksAsync(CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("tasks", With([]), cancel).ConfigureAwait(false);
        return new RoundTasks(RoundText.Tasks(body)) { Elapsed = elapsed };
    }

    /// <summary><c>task</c>: does task <paramref name="n"/> where the player is; a <c>measure</c> task needs the <paramref name="answer"/>.</summary>
    public async Task<TaskDone> TaskAsync(int n, double? answer = null, CancellationToken cancel = default)
    {
        var query = With([new("n", n.ToString(CultureInfo.InvariantCulture)), new("answer", answer?.ToString("R", CultureInfo.InvariantCulture))]);
        var (body, elapsed) = await wire.GetAsync("task", query, cancel).ConfigureAwait(false);
        return RoundText.Done(body) with { Elapsed = elapsed };
    }

    /// <summary><c>tag</c> (impostors): the crewmate named, or the nearest in reach.</summary>
    public Task<Said> TagAsync(string? name = null, CancellationToken cancel = default) => SentenceAsync("tag", [new("name", name)], cancel);

    /// <summary><c>sabotage</c> (impostors): <c>storm</c>, the one kind there is.</summary>
    public Task<Said> SabotageAsync(string kind = "storm", CancellationToken cancel = default) => SentenceAsync("sabotage", [new("kind", kind)], cancel);

    /// <summary><c>meeting</c>: calls this player's one emergency meeting.</summary>
    public Task<Said> MeetingAsync(CancellationToken cancel = default) => SentenceAsync("meeting", [], cancel);

    /// <summary><c>report</c>: reports a beacon in sight; a meeting starts.</summary>
    public Task<Said> ReportAsync(CancellationToken cancel = default) => SentenceAsync("report", [], cancel);

    /// <summary><c>say</c>: a line (1-200 characters) in the meeting.</summary>
    public Task<Said> SayAsync(string message, CancellationToken cancel = default) => SentenceAsync("say", [new("message", message)], cancel);

    /// <summary><c>hear</c>: the meeting's lines after line <paramref name="after"/>.</summary>
    public async Task<Heard> HearAsync(int after = 0, CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("hear", With([new("after", after.ToString(CultureInfo.InvariantCulture))]), cancel).ConfigureAwait(false);
        return new Heard(RoundText.Heard(body)) { Elapsed = elapsed };
    }

    /// <summary><c>roles</c> of this player's ocean: every role, once the round is over (a 409 before).</summary>
    public async Task<Roles> RolesAsync(CancellationToken cancel = default)
    {
        var (body, elapsed) = await wire.GetAsync("roles", [new("ocean", Ocean)], cancel).ConfigureAwait(false);
        return new Roles(RoundText.Roles(body)) { Elapsed = elapsed };
    }

    /// <summary><c>vote</c>: once per meeting, for a player's name or <c>skip</c>.</summary>
    public Task<Said> VoteAsync(string name, CancellationToken cancel = default) => SentenceAsync("vote", [new("name", name)], cancel);
}

using System.Globalization;
using Mocean.Client.Ocean;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Mocean.Cli.Commands;

/// <summary>
/// The round in <c>mocean ocean play</c>: read every second (phase, time, tasks, role, the meeting's new lines), shown
/// as rows under the status line and a part of it, and played from the keyboard: <c>t</c> does a task, <c>e</c> calls
/// a meeting, <c>b</c> reports a beacon, <c>m</c> says a line, <c>v</c> votes, <c>x</c> tags, <c>z</c> raises a storm.
/// </summary>
public sealed class RoundPanel
{
    private int heard;
    private string? announced;

    public RoundStatus? Status { get; private set; }

    public RoundRole? Role { get; private set; }

    public IReadOnlyList<RoundTask> Tasks { get; private set; } = [];

    public LineInput Line { get; } = new();

    public bool InRound => Status?.HasRound == true;

    /// <summary>Reads the round; new meeting lines and the end (winner and roles) become events of the view.</summary>
    public async Task RefreshAsync(Player player, Action<string> tell, CancellationToken cancel)
    {
        Status = await player.RoundAsync(cancel);
        if (!Status.HasRound)
        {
            (Role, Tasks, heard, announced) = (null, [], 0, null);
            return;
        }

        Role = await player.RoleAsync(cancel);
        Tasks = Role.InRound ? (await player.TasksAsync(cancel)).Items : [];
        var lines = await player.HearAsync(heard, cancel);
        foreach (var line in lines.Lines)
        {
            tell(line.Name is null ? $"meeting: {line.Text}" : $"meeting: {line.Name}: {line.Text}");
        }

        heard = lines.LastN(heard);
        if (Status.Winner is { } winner && announced != winner)
        {
            announced = winner;
            var roles = (await player.RolesAsync(cancel)).Items;
            tell($"the round is over: {(winner == "crew" ? "the crew wins" : "the impostors win")}; roles: {string.Join(", ", roles.Select(r => $"{r.Name} {r.Role}"))}");
        }
    }

    /// <summary>A round key; null when the key is not one.</summary>
    public async Task<string?> KeyAsync(Player player, char key, CancellationToken cancel)
    {
        switch (key)
        {
            case 't':
                Line.Start("task", "task number (and the answer, for measure): ");
                return "";
            case 'v':
                Line.Start("vote", "vote for (a name, or skip): ");
                return "";
            case 'm':
                Line.Start("say", "say in the meeting: ");
                return "";
            case 'e':
                return (await player.MeetingAsync(cancel)).Text;
            case 'b':
                return (await player.ReportAsync(cancel)).Text;
            case 'x':
                return (await player.TagAsync(cancel: cancel)).Text;
            case 'z':
                return (await player.SabotageAsync(cancel: cancel)).Text;
            default:
                return null;
        }
    }

    /// <summary>Sends the line typed after a prompt; the server's reply.</summary>
    public async Task<string> SubmitAsync(Player player, string text, CancellationToken cancel)
    {
        switch (Line.Purpose)
        {
            case "vote":
                return (await player.VoteAsync(text, cancel)).Text;
            case "say":
                return (await player.SayAsync(text, cancel)).Text;
            default:
                var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    return $"a task is a number from the list, not '{parts[0]}'";
                }

                double? answer = null;
                if (parts.Length > 1)
                {
                    if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var a))
                    {
                        return $"an answer is a number like 7.68, not '{parts[1]}'";
                    }

                    answer = a;
                }

                var done = await player.TaskAsync(n, answer, cancel);
                return $"task {done.N} done: {done.Done} of {done.Total} crew tasks done";
        }
    }

    /// <summary>The round's part of the status line: phase, time, tasks, living and out, and the player's role.</summary>
    public string? Summary()
    {
        if (Status is not { HasRound: true } s)
        {
            return null;
        }

        var time = s.Phase == "over" ? $"winner {s.Winner}" : $"{s.SecondsLeft / 60}:{s.SecondsLeft % 60:00} left";
        var role = Role is { InRound: true } r ? $", you: {r.Role}{(r.Out ? " (out)" : string.Empty)}{(r.FellowImpostors.Count > 0 ? " with " + string.Join(' ', r.FellowImpostors) : string.Empty)}" : string.Empty;
        return $"round: {s.Phase} {time}, tasks {s.TasksDone}/{s.TasksTotal}, {s.Living} living {s.Out} out{role}";
    }

    /// <summary>The rows shown in a terminal under the status line during a round: the tasks and the round's keys.</summary>
    public IEnumerable<IRenderable> Rows()
    {
        if (!InRound)
        {
            yield break;
        }

        if (Tasks.Count > 0)
        {
            yield return new Text("tasks: " + string.Join(" | ", Tasks.Select(Task)));
        }

        yield return new Markup("[grey]t task  e meeting  b report  m say  v vote  x tag  z storm[/]");
    }

    private static string Task(RoundTask t)
    {
        var place = t.X is { } x ? $" at {DiverView.F(x)},{DiverView.F(t.Y ?? 0)},{DiverView.F(t.Z ?? 0)}" : " (search with ping)";
        var detail = t.Detail.Length > 0 ? $" temp at {t.Detail}" : string.Empty;
        return $"{t.N} {t.Kind}{place}{detail} {(t.Done ? "done" : "to do")}";
    }
}

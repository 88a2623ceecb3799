namespace Mocean.Client.Ocean;

/// <summary>
/// <c>round</c>: the phase (<c>none</c>, <c>play</c>, <c>meeting</c> or <c>over</c>), the phase's seconds left, crew tasks
/// done of all, players living and out, and the winner (<c>crew</c> or <c>impostors</c>) once the round is over.
/// </summary>
public sealed record RoundStatus(string Phase, int SecondsLeft, int TasksDone, int TasksTotal, int Living, int Out, string? Winner) : Timed
{
    /// <summary>Whether a round exists in the ocean (in play, in a meeting, or over).</summary>
    public bool HasRound => Phase != "none";

    public bool IsMeeting => Phase == "meeting";
}

/// <summary>
/// <c>role</c>: <c>crew</c>, <c>impostor</c> or <c>none</c> (no round, or not in it); whether the player is out; an
/// impostor's fellow impostors (empty for the crew).
/// </summary>
public sealed record RoundRole(string Role, bool Out, IReadOnlyList<string> FellowImpostors) : Timed
{
    public bool IsImpostor => Role == "impostor";

    public bool InRound => Role != "none";
}

/// <summary>
/// One task of <c>tasks</c>: its number, kind (<c>find</c>, <c>sonar</c>, <c>sample</c>, <c>measure</c>), its place
/// (none for <c>find</c>: the lost city is searched for), whether it is done, and the detail (a <c>measure</c>'s minute).
/// </summary>
public sealed record RoundTask(int N, string Kind, double? X, double? Y, double? Z, bool Done, string Detail);

/// <summary><c>tasks</c>: the player's tasks in order.</summary>
public sealed record RoundTasks(IReadOnlyList<RoundTask> Items) : Timed;

/// <summary><c>task</c> done: its number, and the crew tasks done of all since.</summary>
public sealed record TaskDone(int N, int Done, int Total) : Timed;

/// <summary>A line of a meeting: its number, who said it (null for the game's own lines: who called it, the result), the text.</summary>
public sealed record MeetingLine(int N, string? Name, string Text);

/// <summary><c>hear</c>: the meeting's lines after the one asked from.</summary>
public sealed record Heard(IReadOnlyList<MeetingLine> Lines) : Timed
{
    /// <summary>The number of the last line heard (the next <c>after</c>), or <paramref name="after"/> when none was new.</summary>
    public int LastN(int after) => Lines.Count == 0 ? after : Lines[^1].N;
}

/// <summary>A player's role, as <c>roles</c> shows it after the round.</summary>
public sealed record RoleLine(string Name, string Role);

/// <summary><c>roles</c>: every player's role, once the round is over.</summary>
public sealed record Roles(IReadOnlyList<RoleLine> Items) : Timed;

using Mocean.Steps.Duck;

namespace Mocean.Server.Steps;

/// <summary>One name's first solve of one puzzle.</summary>
public sealed record Solve(string Name, string Route, DateTimeOffset At);

/// <summary>One name's best escape from the wolf.</summary>
public sealed record DuckWin(string Name, int Moves, DateTimeOffset At);

/// <summary>
/// What Steps keeps across restarts: first solves per name and puzzle, each name's Duck and Wolf game, and the wins of
/// the Duck leaderboard. One server keeps them in its data directory (<see cref="SqliteStepsStore"/>); the servers of
/// a cluster keep them in the cluster's store (<see cref="PostgresStepsStore"/>), so every server answers
/// <c>/steps/progress</c> and the leaderboard alike.
/// </summary>
public abstract class StepsStore : IDisposable
{
    /// <summary>Remembers the first time a name solved a puzzle (later solves change nothing).</summary>
    public abstract void RecordSolve(string name, string route);

    /// <summary>Every first solve, oldest first.</summary>
    public abstract IReadOnlyList<Solve> Solves();

    /// <summary>Changes a name's duck game, one change at a time per name (so two requests cannot both move from the same place).</summary>
    public abstract (DuckGame Before, DuckGame After) UpdateDuck(string name, Func<DuckGame, DuckGame> change);

    /// <summary>Each name's best win, fewest moves first (earlier wins first on a tie).</summary>
    public abstract IReadOnlyList<DuckWin> Leaderboard();

    /// <summary>Forgets all progress, all duck games and the leaderboard (the teacher's fresh start).</summary>
    public abstract void ClearAll();

    public abstract void Dispose();
}

namespace Mocean.Steps.Duck;

/// <summary>
/// One player's game of Duck and Wolf where the server keeps the positions: the duck moves only by
/// swimming, each move is counted, and a win or a loss ends the game.
/// </summary>
public sealed record DuckGame(DuckState State, int Moves, DuckEnding Ending)
{
    public static readonly DuckGame New = new(DuckState.Start, 0, DuckEnding.None);

    public bool IsOver => Ending != DuckEnding.None;

    /// <summary>One swim to (rd, ad); a finished game does not move.</summary>
    public DuckGame Swim(double rd, double ad)
    {
        if (IsOver)
        {
            return this;
        }

        var move = DuckPond.Swim(State, rd, ad);
        return new DuckGame(move.State, Moves + 1, move.Ending);
    }
}

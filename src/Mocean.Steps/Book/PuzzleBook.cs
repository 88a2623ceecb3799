using System.Collections.Immutable;

namespace Mocean.Steps.Book;

/// <summary>
/// The chain of puzzles a server plays, in file order, starting at <see cref="StartRoute"/>.
/// Loaded once at start from a puzzle file (<see cref="PuzzleFile"/>); immutable after.
/// </summary>
public sealed record PuzzleBook(ImmutableArray<Puzzle> Puzzles)
{
    /// <summary>Every chain starts where the seed's tutorial starts.</summary>
    public const string StartRoute = "steps";

    /// <summary>The puzzle file shipped beside the server.</summary>
    public static string ShippedFile => Path.Combine(AppContext.BaseDirectory, "puzzles.yaml");

    public Puzzle? Find(string route) => Puzzles.FirstOrDefault(p => string.Equals(p.Route, route, StringComparison.Ordinal));

    /// <summary>The puzzle after this one, or null when this one ends the game.</summary>
    public Puzzle? After(Puzzle puzzle) => puzzle.Next is null ? null : Find(puzzle.Next);

    /// <summary>The position of a route in the chain, counted from 1 (0 when unknown).</summary>
    public int Position(string route) => Puzzles.IndexOf(Find(route)!) + 1;

    /// <summary>Loads and validates a puzzle file; a <see cref="PuzzleFileException"/> names file, puzzle and field.</summary>
    public static PuzzleBook Load(string path) => PuzzleFile.Load(path);
}

/// <summary>A puzzle file that cannot be played: the message names the file, the puzzle and the field.</summary>
public sealed class PuzzleFileException(string message) : Exception(message);

namespace Mocean.Steps;

/// <summary>The chain of puzzles a server plays, loaded from a puzzle file.</summary>
public sealed record PuzzleBook(IReadOnlyList<string> Routes);

using Mocean.Steps.Book;

namespace Mocean.Steps.Tests;

/// <summary>
/// Every puzzle of the shipped chain can be solved from its own hints, with no internet: a player who knows
/// only what the hints say plays the whole chain. The table pairs words a hint says with the answer a
/// person works out from them; if a hint loses those words, its puzzle is no longer solvable from it.
/// </summary>
public class SolvableFromHintsTests
{
    private const string Base = "http://pond.example:8080";

    /// <summary>What a hint says (a first guess's reply, or the reply to no answer at all) and what a person works out from it.</summary>
    private static readonly (string Clue, string Answer)[] WhatAPersonWorksOut =
    [
        ("send the password: http://pond.example:8080/steps?message=passport", "passport"),
        ("the simplest way to escape a deciduous forest", "leaf"), // trees leave: leaf
        ("five different stuffed animals", "32"), // each in or out: 2^5
        ("Send a prime number greater than 100", "101"), // 101 has no divisor up to its square root
        ("17th number of the Fibonacci sequence 0, 1, 1, 2, 3, 5", "987"), // 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987
        ("Cigarette holder which ____ me, over her shoulder she digs me", "wigs"), // four letters rhyming with digs
        ("Add up all the whole numbers from 1 to 10000", "50005000"), // 5000 pairs of 10001
        ("sixth row of Pascal's triangle", "1,5,10,10,5,1"), // each number the sum of the two above it
    ];

    [Fact]
    public void ThePlayerWalksTheWholeChainKnowingOnlyWhatTheHintsSay()
    {
        var book = PuzzleBook.Load(PuzzleBook.ShippedFile);
        var puzzle = book.Puzzles[0];
        var walked = new List<string>();
        while (puzzle is not null && walked.Count < 50)
        {
            walked.Add(puzzle.Route);
            var outcome = puzzle.Judge(puzzle.Key is null ? null : string.Empty, Base);
            if (!outcome.Solved)
            {
                // What the hints say: to no answer at all, and to a first guess.
                var hints = outcome.Message + "\n" + puzzle.Judge("hello", Base).Message;
                var known = WhatAPersonWorksOut.Where(row => hints.Contains(row.Clue, StringComparison.Ordinal)).ToList();
                var (_, answer) = Assert.Single(known);
                outcome = puzzle.Judge(answer, Base);
                Assert.True(outcome.Solved, $"{puzzle.Route}: '{answer}' did not solve it: {outcome.Message}");
            }

            puzzle = book.After(puzzle);
        }

        Assert.Equal(book.Puzzles.Select(p => p.Route), walked);
    }
}

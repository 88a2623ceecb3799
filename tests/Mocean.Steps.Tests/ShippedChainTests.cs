using Mocean.Steps.Book;
using Mocean.Steps.Checks;

namespace Mocean.Steps.Tests;

/// <summary>The chain shipped with the server, judged through the engine: answers, hints, forgiving matching.</summary>
public class ShippedChainTests
{
    private const string Base = "http://pond.example:8080";

    private static readonly PuzzleBook Book = PuzzleBook.Load(PuzzleBook.ShippedFile);

    private static Outcome Judge(string route, string? sent) => Book.Find(route)!.Judge(sent, Base);

    [Fact]
    public void ShippedChainHasTheNineRoutesInOrder() =>
        Assert.Equal(
            ["steps", "puzzle", "problem", "python", "begin", "beguine", "sirduke", "euler", "meruprastarah"],
            Book.Puzzles.Select(p => p.Route));

    [Fact]
    public void EachPuzzleLeadsToTheNextAndTheLastEndsTheGame()
    {
        for (var i = 0; i + 1 < Book.Puzzles.Length; i++)
        {
            Assert.Equal(Book.Puzzles[i + 1].Route, Book.After(Book.Puzzles[i])?.Route);
        }

        Assert.Null(Book.After(Book.Puzzles[^1]));
    }

    [Theory]
    [InlineData("steps", "passport")]
    [InlineData("puzzle", "leaf")]
    [InlineData("problem", "32")]
    [InlineData("python", null)]
    [InlineData("begin", "101")]
    [InlineData("begin", "1000000007")]
    [InlineData("beguine", "987")]
    [InlineData("sirduke", "wigs")]
    [InlineData("euler", "50005000")]
    [InlineData("meruprastarah", "1,5,10,10,5,1")]
    public void TheRightAnswerSolvesThePuzzle(string route, string? answer) =>
        Assert.Equal(Verdict.Solved, Judge(route, answer).Judgement.Verdict);

    [Theory]
    [InlineData("beguine", "987.0")]
    [InlineData("beguine", " 987 ")]
    [InlineData("beguine", "+987")]
    [InlineData("sirduke", " WIGS ")]
    [InlineData("steps", " PassPort ")]
    [InlineData("puzzle", "A  Leaf")]
    [InlineData("problem", "32.000")]
    [InlineData("problem", "3.2e1")]
    [InlineData("begin", "101.0")]
    [InlineData("begin", "1.01e2")]
    [InlineData("begin", "9007199254740997.0")]
    [InlineData("begin", "9.007199254740997e15")]
    [InlineData("euler", "50005000.000")]
    [InlineData("meruprastarah", "1, 5, 10, 10, 5, 1")]
    [InlineData("meruprastarah", "[1,5,10,10,5,1]")]
    [InlineData("meruprastarah", "1 5 10 10 5 1")]
    public void MatchingForgivesCaseSpacesAndTrailingZeros(string route, string sent) =>
        Assert.True(Judge(route, sent).Solved, $"{route} should accept '{sent}'");

    [Theory]
    [InlineData("steps", null, Verdict.Missing, "?message=")]
    [InlineData("steps", "hello", Verdict.Wrong, "passport")]
    [InlineData("puzzle", null, Verdict.Missing, "deciduous forest")]
    [InlineData("puzzle", "run", Verdict.Wrong, "'run'")]
    [InlineData("problem", "many", Verdict.NotNumber, "not a number")]
    [InlineData("problem", "31.5", Verdict.NotInteger, "not a whole number")]
    [InlineData("problem", "-3", Verdict.Negative, "negative")]
    [InlineData("problem", "33", Verdict.TooBig, "too many")]
    [InlineData("problem", "25", Verdict.TooSmall, "too few")]
    [InlineData("begin", "prime", Verdict.NotNumber, "not a number")]
    [InlineData("begin", "101.5", Verdict.NotInteger, "not a whole number")]
    [InlineData("begin", "-101", Verdict.Negative, "negative")]
    [InlineData("begin", "0", Verdict.Zero, "Zero")]
    [InlineData("begin", "561", Verdict.NotPrime, "not prime")]
    [InlineData("begin", "1", Verdict.One, "1 is not a prime: a prime has exactly two divisors, 1 and itself, and 1 has only one.")]
    [InlineData("begin", "1.0", Verdict.One, "1 is not a prime")]
    [InlineData("begin", "1e3", Verdict.NotPrime, "'1e3' is not prime")]
    [InlineData("begin", "101.0000000000000001", Verdict.NotInteger, "not a whole number")]
    [InlineData("begin", "-1e400", Verdict.Negative, "negative")]
    [InlineData("problem", "1e400", Verdict.TooBig, "'1e400' is too many")]
    [InlineData("problem", "-1e400", Verdict.Negative, "cannot be negative")]
    [InlineData("beguine", "987.00000000000000001", Verdict.NotInteger, "not a whole number")]
    [InlineData("beguine", "1e400", Verdict.TooBig, "far too big")]
    [InlineData("euler", "50005000.000000001", Verdict.NotInteger, "not a whole number")]
    [InlineData("begin", "97", Verdict.TooSmall, "not greater than 100")]
    [InlineData("begin", "99999999999999999999999", Verdict.TooBig, "too big")]
    [InlineData("beguine", "fib", Verdict.NotNumber, "not a number")]
    [InlineData("beguine", "987.5", Verdict.NotInteger, "not a whole number")]
    [InlineData("beguine", "-987", Verdict.Negative, "negative")]
    [InlineData("beguine", "610", Verdict.OtherFibonacci, "it is the 16th")]
    [InlineData("beguine", "1", Verdict.OtherFibonacci, "it is the 2nd and 3rd")]
    [InlineData("beguine", "0", Verdict.OtherFibonacci, "it is the 1st")]
    [InlineData("beguine", "988", Verdict.NotFibonacci, "not in the Fibonacci sequence")]
    [InlineData("sirduke", "satin", Verdict.Wrong, "fourth word")]
    [InlineData("euler", "sum", Verdict.NotNumber, "not a number")]
    [InlineData("euler", "5000.5", Verdict.NotInteger, "not a whole number")]
    [InlineData("euler", "-1", Verdict.Negative, "negative")]
    [InlineData("euler", "10000", Verdict.TooSmall, "too small to be that sum")]
    [InlineData("euler", "100000000", Verdict.TooBig, "too big")]
    [InlineData("meruprastarah", "1,5,10", Verdict.WrongCount, "You sent 3 numbers; the sixth row has 6")]
    [InlineData("meruprastarah", "1,5,x,10,5,1", Verdict.NotIntegers, "whole number")]
    [InlineData("meruprastarah", "1,4,6,4,1,0", Verdict.Wrong, "not the sixth row")]
    public void HintsReactToWhatWasSent(string route, string? sent, Verdict verdict, string hint)
    {
        var outcome = Judge(route, sent);
        Assert.Equal(verdict, outcome.Judgement.Verdict);
        Assert.Contains(hint, outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("puzzle", "leaf")]
    [InlineData("problem", "32")]
    [InlineData("beguine", "987")]
    [InlineData("sirduke", "wigs")]
    [InlineData("euler", "50005000")]
    [InlineData("meruprastarah", "1,5,10,10,5,1")]
    public void NoHintRevealsTheAnswer(string route, string answer)
    {
        string?[] attempts = [null, "", "x", "0", "-1", "1", "1.5", "31", "33", "986", "988", "1,2", "1,5,10,10,5,2", "satin", "99999999", "1e300"];
        foreach (var sent in attempts)
        {
            var outcome = Judge(route, sent);
            Assert.False(outcome.Solved);
            var shown = outcome.Message.Replace($"'{sent}'", string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(answer, shown, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void StepsGreetsWithTheSeedsExactLine()
    {
        Assert.Equal("welcome! You sent a message: hello fellow sentients", Judge("steps", "hello fellow sentients").Greeting);
        Assert.Equal("welcome! You sent a message: ", Judge("steps", null).Greeting);
    }

    [Fact]
    public void ThePythonVisitShowsAProgramForThisServer()
    {
        var outcome = Judge("python", "anything");
        Assert.True(outcome.Solved);
        Assert.Contains($"requests.get('{Base}/steps?message='", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("milliseconds", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("begin", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEchoedValueIsWholeWithControlCharactersShownAsQuestionMarks()
    {
        var long5000 = new string('x', 5000);
        var outcome = Judge("steps", "bad\u0001\n" + long5000);
        Assert.Equal($"welcome! You sent a message: bad??{long5000}", outcome.Greeting);
        Assert.Equal($"'bad??{long5000}' will not get you out of the forest. Think of what every tree in a deciduous forest does in autumn.",
            Judge("puzzle", "bad\u0001\n" + long5000).Message);
    }

    [Theory]
    [InlineData("{route}")]
    [InlineData("{baseUrl}/{key}")]
    [InlineData("{sent}{position}{count}{items}")]
    public void ASentValueThatLooksLikeAPlaceholderIsEchoedAsSent(string sent) =>
        Assert.Equal($"welcome! You sent a message: {sent}", Judge("steps", sent).Greeting);
}

namespace Mocean.Steps.Tests;

public class PuzzleBookTests
{
    [Fact]
    public void BookKeepsItsRoutes() => Assert.Equal(["steps"], new PuzzleBook(["steps"]).Routes);
}

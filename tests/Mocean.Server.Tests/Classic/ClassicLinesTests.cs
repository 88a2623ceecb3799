using Mocean.Server.Ocean;

namespace Mocean.Server.Tests.Classic;

/// <summary>The original's forms that no short HTTP test reaches: a whale in the inventory, Python's quoting.</summary>
public sealed class ClassicLinesTests
{
    [Fact]
    public void TheWhaleRiddenComesLastInTheInventoryAsTheOriginalAppendedIt() =>
        Assert.Equal("[['air tank', 'air tank', 1.0], ['treasure', 'iron dust'], ['whale', 'Paul Erdos']]",
            ClassicLines.Inventory(["air tank", "iron dust"], "Paul Erdos"));

    [Theory]
    [InlineData("boat hook", "'boat hook'")]
    [InlineData("Kick 'em Jenny", "\"Kick 'em Jenny\"")]
    [InlineData("say \"hi\" it's", "'say \"hi\" it\\'s'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    public void AStringIsQuotedAsPythonsReprQuotesIt(string text, string python) =>
        Assert.Equal(python, ClassicLines.Python(text));

    [Fact]
    public void WhoEndsEveryNameWithASpaceAsTheOriginalDid()
    {
        Assert.Equal("there are 0 players: ", ClassicLines.Who([]));
        Assert.Equal("there are 2 players: rob fob ", ClassicLines.Who(["rob", "fob"]));
    }
}

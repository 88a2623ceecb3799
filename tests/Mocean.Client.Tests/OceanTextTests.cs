using Mocean.Client.Ocean;

namespace Mocean.Client.Tests;

/// <summary>The ocean's plain-text replies, in the forms the compatibility promise fixes, read into values.</summary>
public sealed class OceanTextTests
{
    [Fact]
    public void LocationNumbersAndFlagsAreReadInOrder()
    {
        var n = OceanText.Numbers("123.5,40,5,1,0,1", 6, "/location");

        Assert.Equal([123.5, 40, 5, 1, 0, 1], n);
    }

    [Fact]
    public void LookReadsKindAndPositionRepeatedWithTheTrailingComma()
    {
        var seen = OceanText.Sightings("whale,10.5,20,0,treasure,300,301.25,27.5,player,1,2,3,");

        Assert.Equal(
            [new Sighting("whale", 10.5, 20, 0), new Sighting("treasure", 300, 301.25, 27.5), new Sighting("player", 1, 2, 3)],
            seen);
    }

    [Fact]
    public void AnEmptyLookIsNothingInSight() => Assert.Empty(OceanText.Sightings(string.Empty));

    [Theory]
    [InlineData("there are 0 players: ", 0, new string[0])]
    [InlineData("there are 1 players: ada", 1, new[] { "ada" })]
    [InlineData("there are 2 players: ada bo\n", 2, new[] { "ada", "bo" })]
    public void WhoReadsTheCountAndTheNames(string text, int count, string[] names)
    {
        var who = OceanText.Who(text);

        Assert.Equal(count, who.Count);
        Assert.Equal(names, who.Names);
    }

    [Fact]
    public void InventoryIsACommaSeparatedList() =>
        Assert.Equal(["air tank", "boat hook", "iron dust"], OceanText.Items("air tank,boat hook, iron dust\n"));

    [Theory]
    [InlineData("1,2")]
    [InlineData("a,b,c")]
    public void AReplyNotInTheExpectedFormThrowsWithWhatCame(string text)
    {
        var no = Assert.Throws<MoceanException>(() => OceanText.Numbers(text, 3, "/dive"));

        Assert.Equal((200, "/dive", text), (no.Status, no.Route, no.ServerLine));
    }

    [Fact]
    public void TheGameSayingNoToANumericRouteIsItsSentenceWithStatus200()
    {
        var no = Assert.Throws<MoceanException>(() => OceanText.Numbers("you need the teleport crystal to teleport\n", 3, "/teleport"));

        Assert.Equal((200, "you need the teleport crystal to teleport"), (no.Status, no.ServerLine));
    }
}

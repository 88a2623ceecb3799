using Mocean.Ocean.Chat;

namespace Mocean.OceanHosting.Tests;

/// <summary>The BlockedWords setting, read into the game's one filter (names refused, chat starred).</summary>
public sealed class BlockedWordsTests
{
    private static BlockedWords From(string? setting) => new(new OceanHostOptions { BlockedWords = setting }.BlockedWordList());

    [Theory]
    [InlineData("Stupid", true)]
    [InlineData("BigLoser7", true)]
    [InlineData("l0ser", true)]
    [InlineData("1diot", true)]
    [InlineData("P00P", true)]
    [InlineData("Ann", false)]
    [InlineData("Captain42", false)]
    [InlineData("Whatever", false)]
    public void NamesAreCheckedIgnoringCaseAndLookAlikeDigits(string name, bool blocked) =>
        Assert.Equal(blocked, From(null).InName(name));

    [Theory]
    [InlineData("you are stupid!", "you are ******!")]
    [InlineData("STUPID stupid", "****** ******")]
    [InlineData("meet at the seamount", "meet at the seamount")]
    [InlineData("", "")]
    public void ChatHasEachBlockedWholeWordStarredLetterForLetter(string chat, string masked) =>
        Assert.Equal(masked, From(null).Filter(chat));

    [Fact]
    public void TheTeachersOwnListReplacesTheDefaults()
    {
        var words = From(" Kraken , squid,, ");
        Assert.True(words.InName("TheKRAKEN"));
        Assert.False(words.InName("stupid"));
        Assert.Equal("giant ***** ahead", words.Filter("giant Squid ahead"));
    }

    [Fact]
    public void AnEmptySettingBlocksNothing()
    {
        Assert.Empty(new OceanHostOptions { BlockedWords = "" }.BlockedWordList());
        Assert.Equal("stupid", From("").Filter("stupid"));
    }

    [Fact]
    public void TheDefaultListIsShortAndLowerCase()
    {
        Assert.InRange(OceanHostOptions.DefaultBlockedWords.Length, 5, 20);
        Assert.All(OceanHostOptions.DefaultBlockedWords, w => Assert.Equal(w.ToLowerInvariant(), w));
    }
}

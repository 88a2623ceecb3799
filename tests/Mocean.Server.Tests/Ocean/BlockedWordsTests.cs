using Mocean.Server.Ocean;

namespace Mocean.Server.Tests.Ocean;

public sealed class BlockedWordsTests
{
    private static readonly BlockedWords Defaults = BlockedWords.FromSetting(null);

    [Theory]
    [InlineData("Stupid", "stupid")]
    [InlineData("BigLoser7", "loser")]
    [InlineData("l0ser", "loser")]
    [InlineData("1diot", "idiot")]
    [InlineData("P00P", "poop")]
    [InlineData("Ann", null)]
    [InlineData("Captain42", null)]
    [InlineData("Whatever", null)]
    public void NamesAreCheckedIgnoringCaseAndLookAlikeDigits(string name, string? found) =>
        Assert.Equal(found, Defaults.FindIn(name));

    [Theory]
    [InlineData("you are stupid!", "you are ******!")]
    [InlineData("STUPID stupid", "****** ******")]
    [InlineData("what a l0ser", "what a *****")]
    [InlineData("meet at the seamount", "meet at the seamount")]
    [InlineData("", "")]
    public void ChatHasEachBlockedWordMaskedLetterForLetter(string chat, string masked) =>
        Assert.Equal(masked, Defaults.Mask(chat));

    [Fact]
    public void TheTeachersOwnListReplacesTheDefaults()
    {
        var words = BlockedWords.FromSetting(" Kraken , squid,, ");
        Assert.Equal(2, words.Count);
        Assert.Equal("kraken", words.FindIn("TheKRAKEN"));
        Assert.Null(words.FindIn("stupid"));
        Assert.Equal("giant ***** ahead", words.Mask("giant Squid ahead"));
    }

    [Fact]
    public void AnEmptySettingBlocksNothing()
    {
        var words = BlockedWords.FromSetting("");
        Assert.Equal(0, words.Count);
        Assert.Equal("stupid", words.Mask("stupid"));
    }

    [Fact]
    public void TheDefaultListIsShortAndLowerCase()
    {
        Assert.InRange(BlockedWords.Defaults.Length, 5, 20);
        Assert.All(BlockedWords.Defaults, w => Assert.Equal(w.ToLowerInvariant(), w));
    }
}

using Mocean.Server.Protocol;

namespace Mocean.Server.Tests.Protocol;

public class WireNumbersTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(40.0, "40")]
    [InlineData(1.5707963267948966, "1.5707963267948966")]
    [InlineData(-0.0, "0")]
    [InlineData(-2.5, "-2.5")]
    public void NumbersAreShortestRoundTripWithADot(double value, string expected) =>
        Assert.Equal(expected, WireNumbers.Number(value));

    [Theory]
    [InlineData(40.0, "40.00")]
    [InlineData(-0.001, "0.00")]
    [InlineData(89.999, "90.00")]
    public void TwoDecimalsAreAlwaysTwo(double value, string expected) =>
        Assert.Equal(expected, WireNumbers.TwoDecimals(value));

    [Fact]
    public void BrowserPageEscapesEverythingAndLinksTheServersOwnUrls()
    {
        var page = ReplyWriter.Page("t", "<script>alert(1)</script> go to http://h:1/a?b=1&c=2 or http://other:1/a", "http://h:1", ["/a"]);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://h:1/a?b=1&amp;c=2\">", page, StringComparison.Ordinal);
        Assert.Contains(" or http://other:1/a</pre>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("see http://h:1/a?x=<1>&y=2 now", "http://h:1/a?x=%3C1%3E&amp;y=2", "http://h:1/a?x=&lt;1&gt;&amp;y=2")]
    [InlineData("get('http://h:1/s?m=a b?')", "http://h:1/s?m=a%20b?", "http://h:1/s?m=a b?")]
    [InlineData("Swim: http://h:1/duck.", "http://h:1/duck", "http://h:1/duck")]
    [InlineData("(http://h:1/duck)", "http://h:1/duck", "http://h:1/duck")]
    public void ALinkCarriesItsWholeUrl(string text, string href, string shown) =>
        Assert.Contains($"<a href=\"{href}\">{shown}</a>", ReplyWriter.Page("t", text, "http://h:1", []), StringComparison.Ordinal);

    [Theory]
    [InlineData("http://h:10/a")]
    [InlineData("http://h:1.evil/a")]
    [InlineData("http://h:1@evil/a")]
    public void AUrlOnlyBeginningLikeTheServersIsNotLinked(string url) =>
        Assert.DoesNotContain("<a ", ReplyWriter.Page("t", $"go {url}", "http://h:1", []), StringComparison.Ordinal);
}

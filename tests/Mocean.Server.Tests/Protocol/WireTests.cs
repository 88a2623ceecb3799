using Mocean.Server.Protocol;

namespace Mocean.Server.Tests.Protocol;

public class WireTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(40.0, "40")]
    [InlineData(1.5707963267948966, "1.5707963267948966")]
    [InlineData(-0.0, "0")]
    [InlineData(-2.5, "-2.5")]
    public void NumbersAreShortestRoundTripWithADot(double value, string expected) =>
        Assert.Equal(expected, Wire.Number(value));

    [Theory]
    [InlineData(40.0, "40.00")]
    [InlineData(-0.001, "0.00")]
    [InlineData(89.999, "90.00")]
    public void TwoDecimalsAreAlwaysTwo(double value, string expected) =>
        Assert.Equal(expected, Wire.TwoDecimals(value));

    [Fact]
    public void BrowserPageEscapesEverythingAndLinksUrls()
    {
        var page = ReplyWriter.Page("t", "<script>alert(1)</script> go to http://h:1/a?b=1&c=2");
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://h:1/a?b=1&amp;c=2\">", page, StringComparison.Ordinal);
    }
}

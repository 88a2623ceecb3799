using System.Net;

namespace Mocean.Server.Tests.Research;

/// <summary>
/// <c>=~</c> matches the text the reply shows for a value, as ERDDAP matches the text it writes: times in ISO 8601
/// with <c>Z</c>, numbers in their shortest form (<c>191</c>, <c>8.99E-05</c>), a missing number as <c>NaN</c>.
/// </summary>
[Collection(TeachingApiTests.Server.Shared)]
public sealed class RegexOnReplyTextTests(TeachingApiTests.Server server)
{
    private const string FirstMinutes = "&time>=2022-01-05&time<2022-01-05T00:03";

    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var reply = await server.Client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARegexOnTimeSeesTheIsoTextOfTheReply()
    {
        var reply = await Get("/tabledap/osb_ctd_jan2022.csv0?time,depth&time=~%222022-01-05T00:0[0-2]:00Z%22");

        Assert.Equal((HttpStatusCode.OK, "2022-01-05T00:00:00Z,191\n2022-01-05T00:01:00Z,191\n2022-01-05T00:02:00Z,191\n"), reply);
    }

    [Fact]
    public async Task ARegexOnAWholeDoubleSeesItWithoutADecimalPoint()
    {
        var whole = await Get("/tabledap/osb_ctd_jan2022.csv0?time,depth&depth=~%22191%22" + FirstMinutes);
        var pointZero = await Get("/tabledap/osb_ctd_jan2022.csv0?time,depth&depth=~%22191%5C.0%22" + FirstMinutes);

        Assert.Equal((HttpStatusCode.OK, "2022-01-05T00:00:00Z,191\n2022-01-05T00:01:00Z,191\n2022-01-05T00:02:00Z,191\n"), whole);
        Assert.Equal(HttpStatusCode.NotFound, pointZero.Status);
    }

    [Fact]
    public async Task ARegexOnADecimalSeesItsShortestDigits()
    {
        var reply = await Get("/tabledap/osb_ctd_jan2022.csv0?time,temperature&temperature=~%228%5C.4612.*%22" + FirstMinutes);

        Assert.Equal((HttpStatusCode.OK, "2022-01-05T00:00:00Z,8.46122\n"), reply);
    }

    [Fact]
    public async Task ARegexOnATinyDoubleSeesTheExponentAsTheReplyWritesIt()
    {
        var csv = await Get("/tabledap/periodic_table.csv0?Element,Density&AtomicNumber=1");
        var regex = await Get("/tabledap/periodic_table.csv0?Element,Density&Density=~%22.*E-05%22");

        Assert.Equal("Hydrogen,8.99E-05\n", csv.Body);
        Assert.Equal((HttpStatusCode.OK, "Hydrogen,8.99E-05\n"), regex);
    }

    [Fact]
    public async Task ARegexOnAWholeNumberColumnSeesItsDigits()
    {
        var reply = await Get("/tabledap/periodic_table.csv0?AtomicNumber,Element&AtomicNumber=~%221[0-2]%22");

        Assert.Equal((HttpStatusCode.OK, "10,Neon\n11,Sodium\n12,Magnesium\n"), reply);
    }

    [Fact]
    public async Task ARegexOnTextSeesTheText()
    {
        var reply = await Get("/tabledap/periodic_table.csv0?Element&Element=~%22.*ine%22&AtomicNumber<20");

        Assert.Equal((HttpStatusCode.OK, "Fluorine\nChlorine\n"), reply);
    }

    [Fact]
    public async Task AMissingNumberIsNaNToARegexAsInTheReply()
    {
        var regex = await Get("/tabledap/periodic_table.csv0?Element,Electronegativity&Electronegativity=~%22NaN%22&AtomicNumber<=10");
        var equal = await Get("/tabledap/periodic_table.csv0?Element,Electronegativity&Electronegativity=NaN&AtomicNumber<=10");

        Assert.Equal((HttpStatusCode.OK, "Helium,NaN\nNeon,NaN\n"), regex);
        Assert.Equal(regex, equal);
    }

    [Fact]
    public async Task ARegexOnTheSitesLatitudeSeesItAsWritten()
    {
        var reply = await Get("/tabledap/osb_ctd_jan2022.csv0?time,latitude&latitude=~%2244%5C.529%22" + FirstMinutes);

        Assert.Equal((HttpStatusCode.OK, "2022-01-05T00:00:00Z,44.529\n2022-01-05T00:01:00Z,44.529\n2022-01-05T00:02:00Z,44.529\n"), reply);
    }
}

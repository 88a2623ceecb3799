using System.Net;

namespace Mocean.Server.Tests.Research;

/// <summary>
/// A <c>+</c> in a tabledap query is a space, as ERDDAP reads it: erddapy encodes its queries with Python's
/// <c>quote_plus</c>, which writes a space as <c>+</c> (the URLs below are exactly what it sends).
/// </summary>
[Collection(TeachingApiTests.Server.Shared)]
public sealed class PlusInQueryTests(TeachingApiTests.Server server)
{
    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var reply = await server.Client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStringConstraintWithASpaceFromErddapyFindsItsRows()
    {
        // erddapy: variables=["AtomicNumber", "Element", "Type"], constraints={"Type=": "Noble Gas"}, response="csv0".
        var (status, body) = await Get("/erddap/tabledap/periodic_table.csv0?AtomicNumber%2CElement%2CType%26Type%3D%22Noble+Gas%22");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2,Helium,Noble Gas\n10,Neon,Noble Gas\n18,Argon,Noble Gas\n36,Krypton,Noble Gas\n54,Xenon,Noble Gas\n86,Radon,Noble Gas\n118,Oganesson,Noble Gas\n", body);
    }

    [Fact]
    public async Task PlusAndPercent20AreTheSameSpace()
    {
        var plus = await Get("/tabledap/periodic_table.csv0?Element&Type=~%22Halogen|Noble+Gas%22&Period<=2");
        var percent = await Get("/tabledap/periodic_table.csv0?Element&Type=~%22Halogen|Noble%20Gas%22&Period<=2");

        Assert.Equal((HttpStatusCode.OK, "Helium\nFluorine\nNeon\n"), plus);
        Assert.Equal(plus, percent);
    }

    [Fact]
    public async Task AnEncodedPlusIsStillAPlus()
    {
        var (status, body) = await Get("/tabledap/periodic_table.csv0?Element&Element=~%22Ne.%2B%22");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Neon\nNeodymium\nNeptunium\n", body);
    }

    [Theory]
    [InlineData("2022-01-05T01:01:00%2B01:00")]
    [InlineData("2022-01-05T01:01:00+01:00")]
    [InlineData("2022-01-05+01:01:00+01:00")]
    [InlineData("2022-01-05T01:01:00+0100")]
    [InlineData("2022-01-04T23:01:00-01:00")]
    public async Task ATimeWithAnOffsetReadsTheSameEncodedOrNot(string time)
    {
        var (status, body) = await Get("/tabledap/osb_ctd_jan2022.csv0?time,temperature&time=" + time);

        Assert.Equal((HttpStatusCode.OK, "2022-01-05T00:01:00Z,8.46257\n"), (status, body));
    }
}

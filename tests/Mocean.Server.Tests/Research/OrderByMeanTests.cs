using System.Net;

namespace Mocean.Server.Tests.Research;

/// <summary>
/// <c>orderByMean</c> keeps every variable asked for, as ERDDAP does: numbers and times that are not groups are
/// averaged, text is kept where all rows of the group share it (empty otherwise).
/// </summary>
[Collection(TeachingApiTests.Server.Shared)]
public sealed class OrderByMeanTests(TeachingApiTests.Server server)
{
    private async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var reply = await server.Client.GetAsync(url);
        return (reply.StatusCode, await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ATimeThatIsNotAGroupIsTheMeanOfTheGroupsTimes()
    {
        var (status, body) = await Get("/tabledap/osb_ctd_jan2022.csv?time,depth,temperature&time>=2022-01-05&time<2022-01-05T00:04&orderByMean(%22depth%22)");

        Assert.Equal(HttpStatusCode.OK, status);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["time,depth,temperature", "UTC,m,degree_C"], lines[..2]);
        Assert.StartsWith("2022-01-05T00:01:30Z,191,8.46265", Assert.Single(lines[2..]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("depth/4.9e-324")]
    [InlineData("depth/1e-300")]
    [InlineData("depth/1e300")]
    [InlineData("depth/0")]
    public async Task ABinWidthThatWouldOverflowIsA400(string bins)
    {
        var (status, body) = await Get($"/tabledap/osb_ctd_jan2022.csv?time,depth,temperature&time>=2022-01-05&time<2022-01-05T00:04&orderByMean(%22{bins}%22)");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"'{bins}': a number column is binned by a number from 1e-9 to 1e15, e.g. depth/10", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMeanTimeIsATimeInJsonToo()
    {
        var (_, body) = await Get("/tabledap/osb_profiles_jan2022.json?profile,peak_time&profile<2&orderByMean(%22profile/10%22)");

        Assert.Contains("\"columnUnits\": [null, \"UTC\"]", body, StringComparison.Ordinal);
        Assert.Contains("[0, \"2022-01-01T02:23:30Z\"]", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextIsKeptWhereTheGroupHasOneValueAndEmptyWhereItHasMore()
    {
        var (status, body) = await Get("/tabledap/periodic_table.csv0?Period,Phase,Type&Period<=2&orderByMean(%22Period%22)");

        Assert.Equal((HttpStatusCode.OK, "1,gas,\n2,,\n"), (status, body));
    }
}

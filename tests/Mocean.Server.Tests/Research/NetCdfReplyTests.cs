using System.Net;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Research;

/// <summary>
/// <c>.nc</c> and <c>.ncCF</c> replies, opened with xarray and netCDF4 (Debian's python3-xarray and python3-netcdf4) by
/// Research/Clients/netcdf_readback.py, hold exactly the rows of the <c>.csv</c> reply and the attributes of <c>info</c>.
/// </summary>
[Collection(ServerReaders.Name)]
public sealed class NetCdfReplyTests(StepsServerFixture fixture)
{
    [Fact]
    public async Task XarrayAndNetCdf4ReadBackTheRowsAndAttributesOfTheCsvReply()
    {
        var script = Path.Combine(Python.RepoRoot, "tests", "Mocean.Server.Tests", "Research", "Clients", "netcdf_readback.py");

        var run = await Python.RunAsync(script, [fixture.Server.BaseUrl], seconds: 300);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(
            """
            osb_ctd_jan2022.nc: 73 rows, 4 variables as in .csv and info
            osb_ctd_jan2022.ncCF: 73 rows, 5 variables as in .csv and info
            osb_profiles_jan2022.nc: 279 rows, 5 variables as in .csv and info
            periodic_table.nc: 60 rows, 6 variables as in .csv and info
            periodic_table.ncCF: 400, cdm_data_type Other

            """.ReplaceLineEndings("\n"),
            run.Output);
    }

    [Fact]
    public async Task TheFileIsNetCdf3ClassicOfTheAnnouncedLength()
    {
        using var client = new HttpClient();

        using var reply = await client.GetAsync($"{fixture.Server.BaseUrl}/erddap/tabledap/osb_ctd_jan2022.nc?time,temperature&time>=2022-01-05&time<2022-01-06");
        var bytes = await reply.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("application/x-netcdf", reply.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, reply.Content.Headers.ContentLength);
        Assert.Equal("CDF\u0001"u8.ToArray(), bytes[..4]);
        Assert.True(bytes.Length > 1440 * 16, $"{bytes.Length} bytes for 1440 rows of two doubles");
    }

    [Fact]
    public async Task NoRowsIsA404AsForEveryFormat()
    {
        using var client = new HttpClient();

        using var reply = await client.GetAsync($"{fixture.Server.BaseUrl}/tabledap/osb_ctd_jan2022.nc?time&time>2030-01-01");

        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Contains("nRows = 0", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

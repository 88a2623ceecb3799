using System.Net;
using System.Text;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Tests.Shared;

namespace Mocean.Server.Tests.Research;

/// <summary>
/// Bad ingest input through the server is a 400 with one line, and through <c>data add</c> one line and exit 1. One server
/// serves every descriptor, each refused on its own.
/// </summary>
public sealed class BadIngestTests : IClassFixture<MoceanFactory>, IDisposable
{
    private readonly MoceanFactory factory;
    private readonly string work = Path.Combine(Path.GetTempPath(), "mocean-bad-ingest-" + Guid.NewGuid().ToString("N"));

    public BadIngestTests(MoceanFactory factory)
    {
        this.factory = factory;
        Directory.CreateDirectory(work);
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    public static TheoryData<string, string> Descriptors => new()
    {
        { """{ "id": "nocols", "format": "Csv", "files": ["CSV"] }""", "data set 'nocols' has no columns (\"columns\": [{\"name\": \"time\", \"type\": \"Time\"}, ...])" },
        { """{ "format": "Csv", "files": ["CSV"], "columns": [] }""", "the descriptor has no \"id\": give the data set an id of letters, digits and underscores" },
        { """{ "id": "nofiles", "format": "Csv", "columns": [{ "name": "a", "type": "Double" }] }""", "data set 'nofiles' names no source file (\"files\": [\"data.csv\"])" },
        { """{ "id": "noname", "format": "Csv", "files": ["CSV"], "columns": [{ "type": "Double" }] }""", "data set 'noname' has a column without a \"name\"" },
        { """{ "id": "zero", "format": "Csv", "timeColumn": null, "files": ["/dev/zero"], "columns": [{ "name": "a", "type": "Double" }] }""", "/dev/zero is empty (or not a regular file): nothing to read" },
        { """{ "id": "allDatasets", "format": "Csv", "timeColumn": null, "files": ["CSV"], "columns": [{ "name": "a", "type": "Double" }] }""", "data set id 'allDatasets' is a name the data service uses itself (the list of data sets); choose another" },
    };

    [Theory]
    [MemberData(nameof(Descriptors))]
    public async Task ABrokenDescriptorPostedToTheServerIsA400WithOneLine(string descriptor, string line)
    {
        var csv = Path.Combine(work, "a.csv");
        await File.WriteAllTextAsync(csv, "a\n1\n");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/datasets")
        {
            Content = new StringContent(descriptor.Replace("\"CSV\"", "\"" + csv + "\"", StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Admin-Key", MoceanFactory.AdminKey);

        using var reply = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal(line + "\n", await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DataAddOfADeviceOrABrokenNetCdfFileIsOneLineAndExitOne()
    {
        var nc = Path.Combine(work, "huge.nc");
        await File.WriteAllBytesAsync(nc, NetCdfBytes.File(int.MaxValue, begin: null));
        var dataDir = Path.Combine(work, "data");

        var zero = await ServerProcess.RunCommandAsync(["data", "add", "/dev/zero", "--id", "zero", "--data-dir", dataDir]);
        var huge = await ServerProcess.RunCommandAsync(["data", "add", nc, "--data-dir", dataDir]);

        Assert.Equal(1, zero.ExitCode);
        Assert.Equal("data add: /dev/zero is empty (or not a regular file): nothing to read", zero.Error.Trim());
        Assert.Equal(1, huge.ExitCode);
        Assert.Matches("^data add: variable 'v' claims 2147483647 values from byte [0-9]+, past the end of the file \\([0-9]+ bytes\\)$", huge.Error.Trim());
    }
}

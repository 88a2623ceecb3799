using System.Net;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Research;

public sealed class DescriptorFolderTests
{
    [Fact]
    public async Task ADescriptorDroppedInTheDataDirectoryIsPublishedAtStart()
    {
        await using var factory = new MoceanFactory();
        Directory.CreateDirectory(Path.Combine(factory.DataDir, "datasets"));
        var csv = Path.Combine(factory.DataDir, "tide.csv");
        await File.WriteAllTextAsync(csv, "when,height\n2022-01-05 00:00:00,1.5\n2022-01-05 06:00:00,-0.25\n");
        await File.WriteAllTextAsync(Path.Combine(factory.DataDir, "datasets", "tide.json"), $$"""
            {
              "id": "tide", "title": "Tide gauge", "summary": "Two readings", "format": "Csv",
              "files": [{{System.Text.Json.JsonSerializer.Serialize(csv)}}],
              "columns": [
                { "name": "time", "type": "Time", "source": "when", "units": "UTC" },
                { "name": "height", "type": "Double", "units": "m", "standardName": "sea_surface_height" }
              ],
              "timeColumn": "time", "latitude": 44.6, "longitude": -124.1
            }
            """);
        using var client = factory.CreateClient();

        var csvReply = await client.GetStringAsync("/tabledap/tide.csv");
        var tsvReply = await client.GetStringAsync("/tabledap/tide.tsv?height&orderByMin(%22height%22)");
        using var html = await client.GetAsync("/tabledap/tide.htmlTable?time");

        Assert.Equal(
            "time,height,latitude,longitude\nUTC,m,degrees_north,degrees_east\n2022-01-05T00:00:00Z,1.5,44.6,-124.1\n2022-01-05T06:00:00Z,-0.25,44.6,-124.1\n",
            csvReply);
        Assert.Equal("height\nm\n-0.25\n", tsvReply);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("<td>2022-01-05T06:00:00Z</td>", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

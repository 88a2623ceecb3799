using System.Net;
using System.Text.Json;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Research;

/// <summary>
/// <c>.ncCF</c> of a Profile data set (the casts at three stations shown in docs/research-data.md, the cast marked <c>cfRole = profile_id</c>): CF's
/// contiguous ragged array as ERDDAP writes it, opened with xarray and netCDF4 by Research/Clients/profile_readback.py,
/// holds exactly the rows of the <c>.csv</c> reply grouped by profile, with the DSG attributes; a query or a data set
/// the form cannot hold is a 400 that says why.
/// </summary>
public sealed class ProfileNcCfTests(ProfileNcCfTests.Server fixture) : IClassFixture<ProfileNcCfTests.Server>
{
    private readonly ServerProcess server = fixture.Process;

    /// <summary>One server process with the casts and the data sets .ncCF cannot hold, shared by the tests: they only read.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public ServerProcess Process { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var dataDir = ServerProcess.NewDataDir();
            var datasets = Path.Combine(dataDir, "datasets");
            Directory.CreateDirectory(datasets);
            await File.WriteAllTextAsync(Path.Combine(datasets, "casts.csv"), GuideBlock("```csv\ncast,"));
            await File.WriteAllTextAsync(Path.Combine(datasets, "casts.json"), Descriptor("casts", "Profile", "profile_id"));
            await File.WriteAllTextAsync(Path.Combine(datasets, "tracks.json"), Descriptor("tracks", "Trajectory", "trajectory_id"));
            await File.WriteAllTextAsync(Path.Combine(datasets, "unmarked.json"), Descriptor("unmarked", "Profile", null));
            await File.WriteAllTextAsync(Path.Combine(datasets, "moorings.json"), Descriptor("moorings", "TimeSeriesProfile", null));
            Process = await ServerProcess.StartAsync(dataDir);
        }

        public async Task DisposeAsync()
        {
            await Process.DisposeAsync();
            StepsServerFixture.TryDelete(Process.DataDir);
        }
    }

    [Fact]
    public async Task XarrayAndNetCdf4ReadTheCsvRowsGroupedByProfile()
    {
        var script = Path.Combine(Python.RepoRoot, "tests", "Mocean.Server.Tests", "Research", "Clients", "profile_readback.py");

        var all = await Python.RunAsync(script, [server.BaseUrl, "casts", "cast,time,latitude,longitude,depth,temperature,note&orderBy(%22depth%22)"], seconds: 300);
        var some = await Python.RunAsync(script, [server.BaseUrl, "casts", "depth,temperature,cast,time,latitude&depth<=20"], seconds: 300);
        var few = await Python.RunAsync(script, [server.BaseUrl, "casts", "depth,temperature,cast&temperature<12"], seconds: 300);

        // B2's last row is a minute later: with it, time is not one value per profile and stays along obs.
        Assert.True(all.ExitCode == 0, all.Output + all.Error);
        Assert.Equal("casts.ncCF: 3 profiles (cast,latitude,longitude), 8 rows as in .csv, grouped by cast\n", all.Output);
        Assert.True(some.ExitCode == 0, some.Output + some.Error);
        Assert.Equal("casts.ncCF: 3 profiles (cast,time,latitude), 7 rows as in .csv, grouped by cast\n", some.Output);
        Assert.True(few.ExitCode == 0, few.Output + few.Error);
        Assert.Equal("casts.ncCF: 2 profiles (cast), 4 rows as in .csv, grouped by cast\n", few.Output);
    }

    [Fact]
    public async Task TheGuidesPythonExamplePrintsWhatItShows()
    {
        var example = GuideBlock("```python\nimport urllib.request\nimport netCDF4");
        var folder = Path.Combine(server.DataDir, "guide");
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "example.py");
        await File.WriteAllTextAsync(script, $"import os\nos.chdir({JsonSerializer.Serialize(folder)})\n" + example.Replace("http://localhost:8080", server.BaseUrl, StringComparison.Ordinal));

        var run = await Python.RunAsync(script, []);

        Assert.True(run.ExitCode == 0, run.Error);
        var shown = example.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l[2..] + "\n");
        Assert.Equal(string.Concat(shown), run.Output);
    }

    [Fact]
    public async Task ATrajectoryIsTheSameRaggedArrayAlongTrajectory()
    {
        var run = await Python.RunAsync("-c", [
            """
            import sys, urllib.request, tempfile, netCDF4
            f = tempfile.NamedTemporaryFile(suffix=".nc", delete=False)
            f.write(urllib.request.urlopen(sys.argv[1] + "/tabledap/tracks.ncCF?cast,depth&depth>=10").read()); f.close()
            d = netCDF4.Dataset(f.name)
            print(d.featureType, d.cdm_trajectory_variables, list(d.dimensions), list(d["rowSize"][:]), d["rowSize"].long_name, d["cast"].cf_role)
            print([str(c) for c in d["cast"][:]], [float(x) for x in d["depth"][:]])
            """, server.BaseUrl]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            """
            Trajectory cast ['trajectory', 'obs', 'cast_strlen'] [2, 3] Number of Observations for this Trajectory trajectory_id
            ['A1', 'B2'] [10.0, 20.0, 10.0, 20.0, 30.0]

            """.ReplaceLineEndings("\n"),
            run.Output);
    }

    [Theory]
    [InlineData("casts.ncCF?depth,temperature", "Query error: the .ncCF file of a Profile data set needs its profile_id variable: add cast to the variables of the query")]
    [InlineData("unmarked.ncCF?cast,depth", "Query error: the .ncCF file type needs a Profile data set to mark the column that names each profile with cfRole profile_id; unmarked marks none: use .nc")]
    [InlineData("moorings.ncCF?cast,depth", "Query error: the .ncCF file type needs a data set of cdm_data_type Point, TimeSeries, Profile or Trajectory; moorings is TimeSeriesProfile: use .nc")]
    public async Task WhatTheRaggedArrayCannotHoldIsA400ThatSaysWhy(string query, string message)
    {
        using var client = new HttpClient();

        using var reply = await client.GetAsync($"{server.BaseUrl}/tabledap/{query}");

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Contains($"message=\"Bad Request: {message}\";", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The body of the fenced block of docs/research-data.md that starts with <paramref name="start"/> (its fence and first lines).</summary>
    private static string GuideBlock(string start)
    {
        var guide = File.ReadAllText(Path.Combine(Python.RepoRoot, "docs", "research-data.md")).ReplaceLineEndings("\n");
        var at = guide.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/research-data.md has no block starting {start}");
        var body = guide.IndexOf('\n', at) + 1;
        return guide[body..(guide.IndexOf("```\n", body, StringComparison.Ordinal))];
    }

    private static string Descriptor(string id, string cdm, string? role) => $$"""
        {
          "id": "{{id}}", "title": "Casts off Newport", "summary": "Temperature casts at three stations.", "format": "Csv",
          "files": ["casts.csv"], "cdmDataType": "{{cdm}}",
          "columns": [
            { "name": "cast", "type": "Text"{{(role is null ? "" : $", \"cfRole\": {JsonSerializer.Serialize(role)}")}} },
            { "name": "time", "type": "Time", "units": "UTC", "standardName": "time" },
            { "name": "latitude", "type": "Double", "source": "lat", "units": "degrees_north", "standardName": "latitude" },
            { "name": "longitude", "type": "Double", "source": "lon", "units": "degrees_east", "standardName": "longitude" },
            { "name": "depth", "type": "Double", "source": "depth_m", "units": "m", "standardName": "depth", "positive": "down" },
            { "name": "temperature", "type": "Double", "source": "temp_C", "units": "degree_C" },
            { "name": "note", "type": "Text" }
          ]
        }
        """;
}

using System.Buffers.Binary;

namespace Mocean.Cli.Tests;

public sealed class DataProfileTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task AProfileBecomesAPngChartAndCsvRows()
    {
        var dir = Directory.CreateTempSubdirectory("mocean-cli-");
        try
        {
            var png = Path.Combine(dir.FullName, "profile.png");
            var csv = Path.Combine(dir.FullName, "profile.csv");

            var run = await CliProcess.RunAsync(["data", "profile", "5", "9", "--png", png, "--csv", csv, "--server", fixture.Url]);

            Assert.Equal(0, run.ExitCode);
            Assert.Empty(run.Error);
            Assert.StartsWith("profile 9 of 2022-01-05: ascent 2022-01-05 20:37:00 from 198 m to 16 m at 2022-01-05 21:50:00, descent from 2022-01-05 21:50:00", run.Output, StringComparison.Ordinal);
            Assert.Contains("73 temperature and 73 salinity samples from 2022-01-05 20:37:00 to 2022-01-05 21:50:00", run.Output, StringComparison.Ordinal);

            var image = await File.ReadAllBytesAsync(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], image[..4]);
            Assert.Equal((900, 700), (BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(20))));
            Assert.True(image.Length > 20_000, $"a chart with two lines, axes and labels is more than {image.Length} bytes");

            var rows = await File.ReadAllLinesAsync(csv);
            Assert.Equal("time,depth,temperature,salinity", rows[0]);
            Assert.Equal("2022-01-05T20:37:00Z,198,7.94292,33.96699", rows[1]);
            Assert.Equal(74, rows.Length);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task WithoutPngOrCsvBothFilesGoToTheCurrentFolderNamedAfterTheProfile()
    {
        var dir = Directory.CreateTempSubdirectory("mocean-cli-");
        try
        {
            var run = await CliProcess.RunAsync(["data", "profile", "5", "9", "--server", fixture.Url], folder: dir.FullName);

            Assert.Equal(0, run.ExitCode);
            Assert.Empty(run.Error);
            var png = Path.Combine(dir.FullName, "profile-2022-01-05-9.png");
            var csv = Path.Combine(dir.FullName, "profile-2022-01-05-9.csv");
            Assert.EndsWith($"chart: {png}\nrows: {csv}\n", run.Output, StringComparison.Ordinal);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(png))[..4]);
            var rows = await File.ReadAllLinesAsync(csv);
            Assert.Equal(("time,depth,temperature,salinity", 74), (rows[0], rows.Length));
            Assert.Equal(2, dir.GetFiles().Length);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task OnlyTheFileAskedForIsWrittenWhenOneIsNamed()
    {
        var dir = Directory.CreateTempSubdirectory("mocean-cli-");
        try
        {
            var run = await CliProcess.RunAsync(["data", "profile", "5", "9", "--csv", "rows.csv", "--server", fixture.Url], folder: dir.FullName);

            Assert.Equal(0, run.ExitCode);
            Assert.EndsWith($"rows: {Path.Combine(dir.FullName, "rows.csv")}\n", run.Output, StringComparison.Ordinal);
            Assert.Equal(["rows.csv"], dir.GetFiles().Select(f => f.Name));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--png")]
    [InlineData("--csv")]
    public async Task AFileInAFolderThatDoesNotExistIsOneLineAndExitCode1(string option)
    {
        var path = Path.Combine(Path.GetTempPath(), "mocean-no-such-folder-" + Guid.NewGuid().ToString("N"), "x" + option[1..]);

        var run = await CliProcess.RunAsync(["data", "profile", "1", "1", option, path, "--server", fixture.Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"mocean: cannot write {path}: the folder {Path.GetDirectoryName(path)} does not exist\n", run.Error);
    }

    [Fact]
    public async Task ADayOutsideJanuaryIsRefusedInOneLine()
    {
        var run = await CliProcess.RunAsync(["data", "profile", "32", "1", "--server", fixture.Url]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"mocean: the server said no (400 from {fixture.Url}/api/profile): day must be 1..31 (January 2022), not 32\n", run.Error);
    }
}

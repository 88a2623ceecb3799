using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>Settings from the file, the environment and the command line, and the precedence between them.</summary>
public sealed class SettingsTests : IDisposable
{
    private readonly string configFile = Path.Combine(Path.GetTempPath(), "mocean-settings-" + Guid.NewGuid().ToString("N") + ".json");

    public void Dispose() => File.Delete(configFile);

    private static string Line(string output, string name) =>
        output.Split('\n').Single(line => line.StartsWith(name + ": ", StringComparison.Ordinal));

    [Fact]
    public async Task WithNothingSetEverySettingShowsItsDefault()
    {
        var (code, output, _) = await ServerProcess.RunCommandAsync(["settings", "--config", configFile]);

        Assert.Equal(0, code);
        Assert.Equal("rate-limit: 1000 (default)", Line(output, "rate-limit"));
        Assert.Equal("row-cap: 10000000 (default)", Line(output, "row-cap"));
        Assert.Equal("idle-minutes: 60 (default)", Line(output, "idle-minutes"));
        Assert.Contains("(not there; defaults apply)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSettingsFileSetsValues()
    {
        await File.WriteAllTextAsync(configFile, """{ "RowCap": 5000, "BlockedWords": "darn,heck", "AdminKey": "from-the-settings-file" }""");

        var (_, output, _) = await ServerProcess.RunCommandAsync(["settings", "--config", configFile]);

        Assert.Equal("row-cap: 5000", Line(output, "row-cap"));
        Assert.Equal("blocked-words: darn,heck", Line(output, "blocked-words"));
        Assert.Equal("admin-key: (set)", Line(output, "admin-key"));
    }

    [Fact]
    public async Task EnvironmentVariablesSetValuesAndWinOverTheFile()
    {
        await File.WriteAllTextAsync(configFile, """{ "RowCap": 5000, "Seed": 7 }""");

        var (_, output, _) = await ServerProcess.RunCommandAsync(["settings", "--config", configFile],
            new Dictionary<string, string> { ["MOCEAN_ROWCAP"] = "6000", ["MOCEAN_IDLEMINUTES"] = "15" });

        Assert.Equal("row-cap: 6000", Line(output, "row-cap"));
        Assert.Equal("idle-minutes: 15", Line(output, "idle-minutes"));
        Assert.Equal("seed: 7", Line(output, "seed"));
    }

    [Fact]
    public async Task TheCommandLineWinsOverEnvironmentAndFile()
    {
        await File.WriteAllTextAsync(configFile, """{ "RowCap": 5000, "RateLimit": 10 }""");

        var (_, output, _) = await ServerProcess.RunCommandAsync(
            ["settings", "--config", configFile, "--row-cap", "7000", "--log-level", "Debug"],
            new Dictionary<string, string> { ["MOCEAN_ROWCAP"] = "6000", ["MOCEAN_LOGLEVEL"] = "Warning" });

        Assert.Equal("row-cap: 7000", Line(output, "row-cap"));
        Assert.Equal("log-level: Debug", Line(output, "log-level"));
        Assert.Equal("rate-limit: 10", Line(output, "rate-limit"));
    }

    [Fact]
    public async Task TheSettingsFileCanBeNamedByAnEnvironmentVariable()
    {
        await File.WriteAllTextAsync(configFile, """{ "DataDir": "/srv/mocean-data" }""");

        var (_, output, _) = await ServerProcess.RunCommandAsync(["settings"], new Dictionary<string, string> { ["MOCEAN_CONFIG"] = configFile });

        Assert.Equal("data-dir: /srv/mocean-data", Line(output, "data-dir"));
    }

    [Fact]
    public async Task TheRunningServerUsesTheSettingsFile()
    {
        await File.WriteAllTextAsync(configFile, """{ "RateLimit": 1 }""");
        await using var server = await ServerProcess.StartAsync(extraArgs: ["--config", configFile, "--rate-limit", "1"]);
        using var client = new HttpClient();

        var statuses = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((int)(await client.GetAsync(server.BaseUrl + "/hello")).StatusCode);
        }

        Assert.Contains(429, statuses);
    }

    [Fact]
    public async Task HelpListsEveryOptionWithItsDefaultAndEveryCommand()
    {
        var (code, output, _) = await ServerProcess.RunCommandAsync(["--help"]);

        Assert.Equal(0, code);
        foreach (var setting in ServerSettings.Table.All)
        {
            Assert.Contains($"  {setting.Switch} {setting.Value}", output, StringComparison.Ordinal);
            Assert.Contains("Default: " + setting.Default, output, StringComparison.Ordinal);
        }

        foreach (var command in new[] { "mocean-server backup FILE", "mocean-server restore FILE", "mocean-server data add FILE...", "mocean-server settings" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUnknownCommandSaysWhereTheCommandsAreListed()
    {
        var (code, _, error) = await ServerProcess.RunCommandAsync(["bakup", "x.zip"]);

        Assert.Equal(2, code);
        Assert.Equal("there is no command 'bakup'; mocean-server --help lists the commands and options", error.Trim());
    }

    [Fact]
    public void TheSettingsDocumentListsEverySettingWithItsDefault()
    {
        var doc = File.ReadAllText(Path.Combine(Python.RepoRoot, "docs", "settings.md"));

        foreach (var setting in ServerSettings.Table.All)
        {
            Assert.Contains($"| `{setting.Switch} {setting.Value}` | `{setting.Key}` | `{setting.Environment}` | {setting.Default} |", doc, StringComparison.Ordinal);
        }
    }
}

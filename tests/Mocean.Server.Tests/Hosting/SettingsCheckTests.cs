using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>Wrong settings stop the server before anything starts, with one line naming the setting, the value and what it must be.</summary>
public sealed class SettingsCheckTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "mocean-check-" + Guid.NewGuid().ToString("N"));

    public SettingsCheckTests() => Directory.CreateDirectory(work);

    public void Dispose() => Directory.Delete(work, recursive: true);

    private string ConfigFile => Path.Combine(work, "mocean.json");

    private string DataDir => Path.Combine(work, "data");

    /// <summary>Starts the server with <paramref name="args"/> on a port of its own; a server that started would run into the time limit.</summary>
    private Task<(int ExitCode, string Output, string Error)> StartAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        ServerProcess.RunCommandAsync(["--urls", "http://127.0.0.1:0", "--data-dir", DataDir, "--config", ConfigFile, .. args], environment);

    [Theory]
    [InlineData("--rate-limit abc", "--rate-limit 'abc' is not accepted: it must be a whole number from 0 to 1000000000 (0 turns limiting off)")]
    [InlineData("--rate-limit -5", "--rate-limit '-5' is not accepted: it must be a whole number from 0 to 1000000000 (0 turns limiting off)")]
    [InlineData("--row-cap -1", "--row-cap '-1' is not accepted: it must be a whole number from 1 to 9223372036854775807")]
    [InlineData("--seed 99999999999999999999999", "--seed '99999999999999999999999' is not accepted: it must be a whole number from 0 to 18446744073709551615")]
    [InlineData("--clock yesterday", "--clock 'yesterday' is not accepted: it must be a time with its zone, like 2026-03-14T15:09:26Z")]
    [InlineData("--log-level Loud", "--log-level 'Loud' is not accepted: it must be one of Trace, Debug, Information, Warning, Error, Critical, None")]
    [InlineData("--idle-minutes 0", "--idle-minutes '0' is not accepted: it must be a number of minutes above 0 and at most 525600 (a year), like 60 or 0.5")]
    [InlineData("--require-api-keys yes", "--require-api-keys 'yes' is not accepted: it must be true or false")]
    [InlineData("--trusted-proxies 10.0.0.300", "--trusted-proxies '10.0.0.300' is not accepted: it must be IP addresses (like 127.0.0.1) or networks (like 10.0.0.0/8), separated by commas")]
    [InlineData("--admin-key SECRET", "--admin-key 'SECRET' is not accepted: it must be a key of at least 12 characters with at least 6 different ones, since students can try keys as fast as the server answers and only a long key resists that (make one with: openssl rand -base64 12)")]
    [InlineData("--admin-key abababababababab", "--admin-key 'abababababababab' is not accepted: it must be a key of at least 12 characters with at least 6 different ones, since students can try keys as fast as the server answers and only a long key resists that (make one with: openssl rand -base64 12)")]
    [InlineData("--heavy-queue -1", "--heavy-queue '-1' is not accepted: it must be a whole number from 0 to 100000 (0: none wait)")]
    [InlineData("--players-per-ocean 100001", "--players-per-ocean '100001' is not accepted: it must be a whole number from 1 to 100000")]
    [InlineData("--silo-port 70000", "--silo-port '70000' is not accepted: it must be a whole number from 0 to 65535 (0: a free port)")]
    [InlineData("--track-seconds 0", "--track-seconds '0' is not accepted: it must be a number of seconds from 0.01 to 3600, like 1")]
    [InlineData("--recording-public some", "--recording-public 'some' is not accepted: it must be over, all or none")]
    [InlineData("--public-url http://school.org/mocean", "--public-url 'http://school.org/mocean' is not accepted: it must be the address students use, like https://mocean.school.org or http://203.0.113.5:8080 (no path)")]
    [InlineData("--silo-address 0.0.0.0", "--silo-address '0.0.0.0' is not accepted: it must be this machine's address as the other servers reach it, like 10.0.0.5 (not 0.0.0.0)")]
    [InlineData("--urls ftp://0.0.0.0:21", "--urls 'ftp://0.0.0.0:21' is not accepted: it must be an address to listen on like http://0.0.0.0:8080 (several separated by ;)")]
    [InlineData("--bogus 1", "there is no option --bogus (mocean-server --help lists the options)")]
    [InlineData("--rate-limt 5", "there is no option --rate-limt; did you mean --rate-limit? (mocean-server --help lists the options)")]
    [InlineData("-x", "there is no option -x (mocean-server --help lists the options)")]
    public async Task AWrongSwitchStopsTheServerWithOneLine(string given, string line)
    {
        var (code, _, error) = await StartAsync(given.Split(' '));

        Assert.Equal(1, code);
        Assert.Equal("mocean-server: " + line, error.Trim());
        Assert.False(Directory.Exists(DataDir));
    }

    [Fact]
    public async Task EverySeedTheAdminRouteTakesTheSwitchTakesToo()
    {
        var (code, output, error) = await ServerProcess.RunCommandAsync(["settings", "--config", ConfigFile, "--seed", "18446744073709551615"]);

        Assert.True(code == 0, error);
        Assert.Contains("seed: 18446744073709551615\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASettingsFileThatIsNotJsonStopsTheServerWithOneLine()
    {
        await File.WriteAllTextAsync(ConfigFile, "{\n  \"RateLimit\": 3,\n  \"RowCap\" 5\n}\n");

        var (code, _, error) = await StartAsync([]);

        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith($"mocean-server: the settings file {ConfigFile} is not valid JSON (line 3): ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMisspeltKeyInTheSettingsFileIsRefusedWithTheKeyItResembles()
    {
        await File.WriteAllTextAsync(ConfigFile, """{ "RateLmit": 3 }""");

        var (code, _, error) = await StartAsync([]);

        Assert.Equal(1, code);
        Assert.Equal($"mocean-server: the settings file {ConfigFile} has \"RateLmit\", which is not a setting; did you mean \"RateLimit\"? (docs/settings.md lists the settings)",
            error.Trim());
    }

    [Fact]
    public async Task AWrongValueInTheSettingsFileNamesTheFile()
    {
        await File.WriteAllTextAsync(ConfigFile, """{ "RowCap": -1 }""");

        var (code, _, error) = await ServerProcess.RunCommandAsync(["settings", "--config", ConfigFile]);

        Assert.Equal(1, code);
        Assert.Equal($"mocean-server: \"RowCap\": '-1' in the settings file {ConfigFile} is not accepted: it must be a whole number from 1 to 9223372036854775807",
            error.Trim());
    }

    [Fact]
    public async Task TheSettingsFileMayHoldKestrelEndpointsAndLogLevels()
    {
        await File.WriteAllTextAsync(ConfigFile,
            """{ "RowCap": 5, "Logging": { "LogLevel": { "Default": "Warning" } }, "Kestrel": { "Limits": { "MaxConcurrentConnections": 100 } } }""");

        var (code, output, error) = await ServerProcess.RunCommandAsync(["settings", "--config", ConfigFile]);

        Assert.True(code == 0, error);
        Assert.Contains("row-cap: 5\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongValueInTheEnvironmentNamesTheVariable()
    {
        var (code, _, error) = await StartAsync([], new Dictionary<string, string> { ["MOCEAN_ROWCAP"] = "lots" });

        Assert.Equal(1, code);
        Assert.Equal("mocean-server: the environment variable MOCEAN_ROWCAP='lots' is not accepted: it must be a whole number from 1 to 9223372036854775807",
            error.Trim());
    }

    [Fact]
    public async Task AValueOutOfRangeInTheEnvironmentNamesTheVariable()
    {
        var (code, _, error) = await StartAsync([], new Dictionary<string, string> { ["MOCEAN_PLAYERSPERADDRESS"] = "0" });

        Assert.Equal(1, code);
        Assert.Equal("mocean-server: the environment variable MOCEAN_PLAYERSPERADDRESS='0' is not accepted: it must be a whole number from 1 to 1000000",
            error.Trim());
        Assert.False(Directory.Exists(DataDir));
    }

    [Fact]
    public async Task AValueOutOfRangeInTheSettingsFileNamesTheFile()
    {
        await File.WriteAllTextAsync(ConfigFile, """{ "RecordingDays": 0 }""");

        var (code, _, error) = await StartAsync([]);

        Assert.Equal(1, code);
        Assert.Equal($"mocean-server: \"RecordingDays\": '0' in the settings file {ConfigFile} is not accepted: it must be a number of days above 0 and at most 36500, like 30",
            error.Trim());
        Assert.False(Directory.Exists(DataDir));
    }

    [Fact]
    public async Task AnUnknownMoceanEnvironmentVariableIsOnlyAWarning()
    {
        var (code, output, error) = await ServerProcess.RunCommandAsync(["settings", "--config", ConfigFile],
            new Dictionary<string, string> { ["MOCEAN_RATELMIT"] = "3", ["MOCEAN_FLAVOUR"] = "mint" });

        Assert.Equal(0, code);
        Assert.Contains("rate-limit: 1000 (default)", output, StringComparison.Ordinal);
        Assert.Equal(
            "mocean-server: warning: the environment variable MOCEAN_FLAVOUR is not a setting and is ignored\n"
            + "mocean-server: warning: the environment variable MOCEAN_RATELMIT is not a setting and is ignored; did you mean MOCEAN_RATELIMIT?",
            error.Trim());
    }

    [Fact]
    public async Task BackupIntoAFolderThatIsNotThereIsOneLine()
    {
        var (code, _, error) = await ServerProcess.RunCommandAsync(["backup", "/nonexistent/b.zip", "--server", "http://127.0.0.1:9"]);

        Assert.Equal(1, code);
        Assert.Equal("there is no folder /nonexistent to write the backup b.zip in; create it first, or name a file in an existing folder", error.Trim());
    }

    [Fact]
    public async Task ACommandsOptionsMayComeBeforeItsFile()
    {
        var (code, _, error) = await ServerProcess.RunCommandAsync(["backup", "--server", "http://127.0.0.1:9", "/nonexistent/b.zip"]);

        Assert.Equal(1, code);
        Assert.Equal("there is no folder /nonexistent to write the backup b.zip in; create it first, or name a file in an existing folder", error.Trim());
    }

    [Fact]
    public async Task CommandsRefuseUnknownSwitchesToo()
    {
        var restore = await ServerProcess.RunCommandAsync(["restore", Path.Combine(work, "b.zip"), "--data-dri", DataDir, "--replace"]);
        var backup = await ServerProcess.RunCommandAsync(["backup", Path.Combine(work, "b.zip"), "--admin-kye", "k"]);
        var add = await ServerProcess.RunCommandAsync(["data", "add", Path.Combine(work, "casts.csv"), "--tite", "Casts", "--data-dir", DataDir]);

        Assert.Equal(1, restore.ExitCode);
        Assert.Equal("mocean-server: there is no option --data-dri; did you mean --data-dir? (mocean-server --help lists the options)", restore.Error.Trim());
        Assert.Equal(1, backup.ExitCode);
        Assert.Equal("mocean-server: there is no option --admin-kye; did you mean --admin-key? (mocean-server --help lists the options)", backup.Error.Trim());
        Assert.Equal(1, add.ExitCode);
        Assert.Equal("mocean-server: there is no option --tite; did you mean --title? (mocean-server --help lists the options)", add.Error.Trim());
        Assert.False(Directory.Exists(DataDir));
    }
}

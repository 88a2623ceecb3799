using System.Diagnostics;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>deploy/: the unit file and the install script, checked with systemd's own tools on a staged root.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class DeployTests : IDisposable
{
    private readonly string stage = Path.Combine(Path.GetTempPath(), "mocean-stage-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(stage))
        {
            Directory.Delete(stage, recursive: true);
        }
    }

    private static string Unit => Path.Combine(Python.RepoRoot, "deploy", "mocean.service");

    private static async Task<(int Code, string Output)> Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true); // a hung tool does not outlive its test
            throw;
        }
        return (process.ExitCode, (await output) + (await error));
    }

    /// <summary>A published build's folder (the server program) laid out by install.sh under the staged root.</summary>
    private async Task<string> InstallIntoStage()
    {
        var build = Path.Combine(stage, "build");
        Directory.CreateDirectory(build);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "mocean-server"), Path.Combine(build, "mocean-server"));
        File.SetUnixFileMode(Path.Combine(build, "mocean-server"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var root = Path.Combine(stage, "root");
        var (code, output) = await Run(Path.Combine(Python.RepoRoot, "deploy", "install.sh"), build, "--root", root);
        Assert.True(code == 0, output);

        // systemd's own units (targets the service is ordered after) for verify to resolve against.
        await Run("cp", "-r", "/usr/lib/systemd", Path.Combine(root, "usr", "lib"));
        return root;
    }

    [Fact]
    public async Task TheInstalledUnitPassesSystemdAnalyzeVerifyWithoutAWord()
    {
        Directory.CreateDirectory(Path.Combine(stage, "root", "usr", "lib"));
        var root = await InstallIntoStage();

        var (code, output) = await Run("systemd-analyze", "verify", "--root=" + root, Path.Combine(root, "etc/systemd/system/mocean.service"));

        Assert.True(code == 0, output);
        Assert.Equal(string.Empty, output.Trim());
    }

    [Fact]
    public async Task VerifyFailsWhenTheProgramIsMissing()
    {
        Directory.CreateDirectory(Path.Combine(stage, "root", "usr", "lib"));
        var root = await InstallIntoStage();
        File.Delete(Path.Combine(root, "opt/mocean/mocean-server"));

        var (code, output) = await Run("systemd-analyze", "verify", "--root=" + root, Path.Combine(root, "etc/systemd/system/mocean.service"));

        Assert.NotEqual(0, code);
        Assert.Contains("/opt/mocean/mocean-server", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallWritesASettingsFileWithAnAdminKeyOnlyOnceAndKeepsItSecret()
    {
        Directory.CreateDirectory(Path.Combine(stage, "root", "usr", "lib"));
        var root = await InstallIntoStage();
        var settings = Path.Combine(root, "opt/mocean/mocean.json");
        var first = await File.ReadAllTextAsync(settings);

        var (code, _) = await Run(Path.Combine(Python.RepoRoot, "deploy", "install.sh"), Path.Combine(stage, "build"), "--root", root);

        Assert.Equal(0, code);
        Assert.Matches("\"AdminKey\": \"[A-Za-z0-9]{20,}\"", first);
        Assert.Equal(first, await File.ReadAllTextAsync(settings));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(settings));
    }

    [Fact]
    public async Task InstallShowsANewAdminKeyOnceAndLaterSaysHowToReadIt()
    {
        var build = Path.Combine(stage, "build");
        Directory.CreateDirectory(build);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "mocean-server"), Path.Combine(build, "mocean-server"));
        File.SetUnixFileMode(Path.Combine(build, "mocean-server"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var root = Path.Combine(stage, "root");
        var install = Path.Combine(Python.RepoRoot, "deploy", "install.sh");

        var (_, first) = await Run(install, build, "--root", root);
        var settings = Path.Combine(root, "opt/mocean/mocean.json");
        var key = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(settings)).RootElement.GetProperty("AdminKey").GetString()!;
        var (_, again) = await Run(install, build, "--root", root);

        Assert.Contains($"the admin key (shown this once; keep it secret): {key}\n", first, StringComparison.Ordinal);
        Assert.Contains($"to read it again: sudo grep AdminKey {settings}\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain(key, again, StringComparison.Ordinal);
        Assert.Contains($"the admin key is kept in {settings}; to read it: sudo grep AdminKey {settings}\n", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Type=notify")]
    [InlineData("Restart=on-failure")]
    [InlineData("RestartSec=5s")]
    [InlineData("User=mocean")]
    [InlineData("StateDirectory=mocean")]
    [InlineData("ExecStart=/opt/mocean/mocean-server --data-dir %S/mocean")]
    [InlineData("Environment=DOTNET_BUNDLE_EXTRACT_BASE_DIR=%C/mocean")]
    [InlineData("LogRateLimitIntervalSec=0")]
    [InlineData("NoNewPrivileges=yes")]
    [InlineData("ProtectSystem=strict")]
    [InlineData("ProtectHome=yes")]
    [InlineData("PrivateTmp=yes")]
    [InlineData("WantedBy=multi-user.target")]
    public async Task TheUnitHasTheSettingTheSpecAsksFor(string line)
    {
        var lines = await File.ReadAllLinesAsync(Unit);

        Assert.Contains(line, lines);
    }
}

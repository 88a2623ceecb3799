using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Steps;

/// <summary>
/// Every Python starter run where <c>requests</c> or <c>matplotlib</c> cannot be imported: one line on stderr
/// that says what to install (the Debian package and the pip command), exit code 1, no traceback. The packages
/// are hidden by a folder on PYTHONPATH whose <c>requests.py</c> and <c>matplotlib.py</c> fail to import, as a
/// missing package does, so the test holds whatever this machine has installed.
/// </summary>
public sealed class PythonMissingPackageTests : IDisposable
{
    private readonly string hiding = Directory.CreateTempSubdirectory("mocean-hide-").FullName;

    public static TheoryData<string> Starters() =>
        new(Directory.GetFiles(Path.Combine(Python.RepoRoot, "clients", "python"), "*.py").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Starters))]
    public async Task WithoutRequestsAStarterSaysInOneLineHowToInstallIt(string starter)
    {
        Hide("requests");

        var run = await RunAsync(starter);

        var line = $"{Path.GetFileNameWithoutExtension(starter)}: needs the Python package requests: sudo apt install python3-requests (or: python3 -m pip install requests)\n";
        Assert.Equal((1, "", line), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public async Task WithoutMatplotlibTheChartSaysInOneLineHowToInstallIt()
    {
        Hide("matplotlib");

        var run = await RunAsync("ocean_chart.py");

        Assert.Equal((1, "", "ocean_chart: needs the Python package matplotlib: sudo apt install python3-matplotlib (or: python3 -m pip install matplotlib)\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public async Task WithoutEitherTheChartNamesBothInOneLine()
    {
        Hide("matplotlib");
        Hide("requests");

        var run = await RunAsync("ocean_chart.py");

        Assert.Equal((1, "", "ocean_chart: needs the Python packages matplotlib and requests: sudo apt install python3-matplotlib python3-requests (or: python3 -m pip install matplotlib requests)\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("clients/python/README.md")]
    public void TheReadmeNamesThePackagesTheStartersNeed(string readme)
    {
        var text = File.ReadAllText(Path.Combine(Python.RepoRoot, readme));

        Assert.Contains("sudo apt install python3-requests python3-matplotlib", text, StringComparison.Ordinal);
        Assert.Contains("python3 -m pip install requests matplotlib", text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(hiding, recursive: true);

    /// <summary>A module of this name that fails to import the way a missing package does.</summary>
    private void Hide(string package) =>
        File.WriteAllText(Path.Combine(hiding, package + ".py"), $"raise ModuleNotFoundError(\"No module named '{package}'\", name='{package}')\n");

    /// <summary>The starter with no server at all: the check for packages comes before any request.</summary>
    private Task<Python.Run> RunAsync(string starter) =>
        Python.RunAsync(Python.Client(starter), ["http://127.0.0.1:9"], input: "", environment: new Dictionary<string, string> { ["PYTHONPATH"] = hiding });
}

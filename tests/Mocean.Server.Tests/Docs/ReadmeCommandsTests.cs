using System.Diagnostics;
using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Docs;

/// <summary>
/// The README's commands as a newcomer types them, from the repository's root. Each <c>dotnet run --project P --</c>
/// runs the built program of P in P's folder, as <c>dotnet run</c> does (there is no build inside a test: the
/// program is the one beside the tests), with the rest of the line exactly as written, shell expansions included.
/// </summary>
public sealed partial class ReadmeCommandsTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Python.RepoRoot, "README.md"));

    [Fact]
    public void EveryProjectTheReadmeRunsExists()
    {
        var projects = DotnetRun().Matches(Readme).Select(m => m.Groups["project"].Value).Distinct().ToList();

        Assert.Contains("src/Mocean.Server", projects);
        Assert.Contains("src/Mocean.Cli", projects);
        foreach (var project in projects)
        {
            var folder = Path.Combine(Python.RepoRoot, project);
            Assert.True(Directory.Exists(folder) && Directory.GetFiles(folder, "*.csproj").Length == 1, $"README runs {project}, which is not a project folder");
        }
    }

    [Fact]
    public async Task TheReadmesDataAddRightAfterItsRunCommandPublishesWhereThatServerReads()
    {
        var line = Readme.Split('\n').Single(l => l.Contains(" data add ", StringComparison.Ordinal) && l.Contains("dotnet run", StringComparison.Ordinal));
        var root = ServerProcess.NewDataDir();
        var serverFolder = Path.Combine(root, "src", "Mocean.Server");
        Directory.CreateDirectory(serverFolder);
        await File.WriteAllTextAsync(Path.Combine(root, "casts.csv"), "time,depth_m,temp\n2022-02-01T00:00:00Z,10,9.5\n2022-02-01T00:01:00Z,11,9.25\n");

        // `dotnet run --project src/Mocean.Server -- ARGS`: the arguments are expanded where the user stands, the program runs in its project folder.
        var script = "run_server() { (cd src/Mocean.Server && exec dotnet \"$SERVER_DLL\" \"$@\"); }\n"
            + DotnetRun().Replace(line, m => m.Groups["project"].Value == "src/Mocean.Server" ? "run_server" : m.Value);
        var run = await Bash(script, root);

        Assert.True(run.Code == 0, $"{line}\n{run.Output}");
        Assert.Contains("casts: 2 rows published", run.Output, StringComparison.Ordinal);

        // The README's run command keeps its data in `data` of the same folder: a server there has the data set.
        await using var server = await ServerProcess.StartAsync(Path.Combine(serverFolder, "data"));
        using var client = new HttpClient();
        Assert.Equal("time,depth_m,temp\nUTC,,\n2022-02-01T00:00:00Z,10,9.5\n2022-02-01T00:01:00Z,11,9.25\n",
            await client.GetStringAsync($"{server.BaseUrl}/tabledap/casts.csv"));
    }

    private static async Task<(int Code, string Output)> Bash(string script, string workingDirectory)
    {
        var info = new ProcessStartInfo("/bin/bash") { WorkingDirectory = workingDirectory };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.Environment["SERVER_DLL"] = ServerProcess.ServerDll;
        return await ProgramRun.RunAsync(info);
    }

    [GeneratedRegex(@"dotnet run --project (?<project>src/[A-Za-z.]+)( --)?")]
    private static partial Regex DotnetRun();
}

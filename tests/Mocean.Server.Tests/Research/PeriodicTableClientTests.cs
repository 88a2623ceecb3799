using Mocean.Server.Tests.Classic;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Research;

/// <summary>
/// The original periodic-table client (its logic in Research/Clients/electronegativity.py) prints against this
/// server what it printed against the original, in both modes: Calcium's whole-valued electronegativity as
/// <c>1.0</c> (a float, as the original's document had it), Argon's missing one as a sentence (its key absent).
/// </summary>
public sealed class PeriodicTableClientTests
{
    /// <summary>What the client printed against the original (its first line ends with a space).</summary>
    public static readonly string OriginalOutput = string.Concat(new[]
    {
        "Electronegativity: ",
        "Fluorine: 3.98",
        "Sodium: 0.93",
        "Oxygen: 3.44",
        "Hydrogen: 2.2",
        "Carbon: 2.55",
        "Chlorine: 3.16",
        "Potassium: 0.82",
        "Calcium: 1.0",
        "Magnesium: 1.31",
        "Argon does not have a specified Electronegativity",
    }.Select(line => line + "\n"));

    public static async Task AssertPrintsTheOriginalsOutput(ServerProcess server)
    {
        var script = Path.Combine(Python.RepoRoot, "tests", "Mocean.Server.Tests", "Research", "Clients", "electronegativity.py");

        var run = await Python.RunAsync(script, [server.BaseUrl]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(OriginalOutput, run.Output);
    }

    /// <summary>The notes' other way of asking, <c>/api/lookup/</c> with the name as a parameter, gets the same document.</summary>
    public static async Task AssertTheTrailingSlashAsksTheSame(ServerProcess server)
    {
        using var client = new HttpClient();

        var plain = await client.GetStringAsync($"{server.BaseUrl}/api/lookup?name=Sodium");
        var slash = await client.GetAsync($"{server.BaseUrl}/api/lookup/?name=Sodium");

        Assert.Equal(System.Net.HttpStatusCode.OK, slash.StatusCode);
        Assert.Equal(plain, await slash.Content.ReadAsStringAsync());
        Assert.StartsWith("[{", plain, StringComparison.Ordinal);
    }

    [Collection(ServerReaders.Name)]
    public sealed class DefaultMode(StepsServerFixture fixture)
    {
        [Fact]
        public Task TheClientPrintsWhatItPrintedAgainstTheOriginal() => AssertPrintsTheOriginalsOutput(fixture.Server);

        [Fact]
        public Task TheNotesOtherWayOfAskingGetsTheSameDocument() => AssertTheTrailingSlashAsksTheSame(fixture.Server);
    }

    public sealed class ClassicMode(ClassicServerFixture fixture) : IClassFixture<ClassicServerFixture>
    {
        [Fact]
        public Task TheClientPrintsWhatItPrintedAgainstTheOriginal() => AssertPrintsTheOriginalsOutput(fixture.Server);

        [Fact]
        public Task TheNotesOtherWayOfAskingGetsTheSameDocument() => AssertTheTrailingSlashAsksTheSame(fixture.Server);

        [Fact]
        public async Task AnUnknownElementIsAnEmptyListAsTheOriginalAnswered()
        {
            using var client = new HttpClient();

            using var reply = await client.GetAsync($"{fixture.Server.BaseUrl}/api/lookup?name=Unobtainium");

            Assert.Equal(System.Net.HttpStatusCode.OK, reply.StatusCode);
            Assert.Equal("application/json; charset=utf-8", reply.Content.Headers.ContentType?.ToString());
            Assert.Equal("[]", await reply.Content.ReadAsStringAsync());
        }
    }
}

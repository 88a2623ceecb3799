using System.Text.RegularExpressions;
using Mocean.Server.Tests.Infrastructure;
using Mocean.Server.Tests.Steps;

namespace Mocean.Server.Tests.Docs;

/// <summary>The ocean guide's "Splitting a reply in Python" example, run as written against the real server.</summary>
public sealed partial class SplittingExampleTests(StepsServerFixture fixture) : IClassFixture<StepsServerFixture>
{
    [Fact]
    public async Task TheExampleSailsWhenTheNameIsFreeAndSaysWhyWhenItIsTaken()
    {
        var script = Path.Combine(Path.GetTempPath(), $"splitting-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Example().Replace("http://localhost:8080", fixture.Server.BaseUrl, StringComparison.Ordinal));
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Server.BaseUrl) };
        try
        {
            var free = await Python.RunAsync(script, []);
            Assert.True(free.ExitCode == 0, free.Error);
            Assert.StartsWith("I am at ", free.Output, StringComparison.Ordinal);

            var ada = await http.GetStringAsync("/join?name=ada");
            var taken = await Python.RunAsync(script, []);
            Assert.Equal(1, taken.ExitCode);
            Assert.Equal("join said no: the name 'ada' is in use in the ocean main; pick another one (a name is free again when its player quits)", taken.Error.Trim());
            await http.GetStringAsync($"/quit?id={ada}");
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Example()
    {
        var guide = File.ReadAllText(Path.Combine(Python.RepoRoot, "docs", "playing-the-ocean.md"));
        var section = guide[guide.IndexOf("### Splitting a reply in Python", StringComparison.Ordinal)..];
        return PythonBlock().Match(section).Groups[1].Value;
    }

    [GeneratedRegex("```python\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex PythonBlock();
}

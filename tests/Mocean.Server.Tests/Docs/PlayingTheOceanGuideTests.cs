namespace Mocean.Server.Tests.Docs;

/// <summary>Every example of the students' ocean guide is what the server answers, on world seed 1.</summary>
public sealed class PlayingTheOceanGuideTests
{
    [Fact]
    public async Task EveryExampleOfTheOceanGuideIsWhatTheServerAnswers() =>
        await DocExamples.AssertGuideAsync("playing-the-ocean.md", new Dictionary<string, string?> { ["Seed"] = "1" });
}

namespace Mocean.Server.Tests.Docs;

/// <summary>docs/research-data.md shows what the data service answers, on a server with a row cap of 10,000 (for its 413).</summary>
public sealed class ResearchGuideTests
{
    [Fact]
    public Task EveryExampleOfTheResearchDataGuideIsWhatTheServerAnswers() =>
        DocExamples.AssertGuideAsync("research-data.md", new Dictionary<string, string?> { ["RowCap"] = "10000" });
}

namespace Mocean.Server.Tests.Docs;

/// <summary>Every request and reply in the teacher's guide is what the server answers.</summary>
public sealed class TeachingGuideTests
{
    [Fact]
    public Task TheTeachersGuideShowsWhatTheServerAnswers() =>
        DocExamples.AssertGuideAsync("teaching-with-mocean.md", new Dictionary<string, string?> { ["AdminMisses"] = "3" });
}

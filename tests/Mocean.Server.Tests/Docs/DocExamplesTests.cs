using Microsoft.Extensions.Time.Testing;

namespace Mocean.Server.Tests.Docs;

/// <summary>The guides' example runner reads console blocks as a reader types them, and catches a wrong reply.</summary>
public sealed class DocExamplesTests
{
    [Fact]
    public void ConsoleBlocksAreCommandsWithTheirRepliesAndOtherBlocksAreNotRun()
    {
        const string Markdown = """
            Some text.

            ```console
            $ curl 'http://localhost:8080/hello'
            hello!
            $ sleep 2
            $ curl -s -H 'X-Admin-Key: OUR-CLASS-SECRET' -X POST "http://localhost:8080/admin/pause"
            paused
            second line
            ```

            ```python
            $ not a command
            ```
            """;

        var commands = DocExamples.Parse(Markdown);

        Assert.Equal(["curl 'http://localhost:8080/hello'", "sleep 2", "curl -s -H 'X-Admin-Key: OUR-CLASS-SECRET' -X POST \"http://localhost:8080/admin/pause\""], commands.Select(c => c.Text));
        Assert.Equal([4, 6, 7], commands.Select(c => c.Line));
        Assert.Equal(["paused", "second line"], commands[2].Expected);
        Assert.Equal(["curl", "-s", "-H", "X-Admin-Key: OUR-CLASS-SECRET", "-X", "POST", "http://localhost:8080/admin/pause"], DocExamples.ShellWords(commands[2].Text));
    }

    [Theory]
    [InlineData("a|b", "a|b", true)]
    [InlineData("a|b", "a|c", false)]
    [InlineData("a|b", "a|b|c", false)]
    [InlineData("a|...|d", "a|b|c|d", true)]
    [InlineData("a|...|d", "a|d", true)]
    [InlineData("a|...", "a|x|y", true)]
    [InlineData("a|...|d", "a|b|c", false)]
    public void ADotsLineStandsForAnyNumberOfLines(string expected, string actual, bool matches) =>
        Assert.Equal(matches, DocExamples.Matches(expected.Split('|'), actual.Split('|')));

    [Theory]
    [InlineData("version: ...", "version: 0.1.0", true)]
    [InlineData("version: ...", "version: ", true)]
    [InlineData("version: ...", "versions: 0.1.0", false)]
    [InlineData("mk_...", "mk_2f9c", true)]
    [InlineData("mk_...", "xk_2f9c", false)]
    [InlineData("a...b...c", "a1b2c", true)]
    [InlineData("a...b...c", "a1c2b", false)]
    [InlineData("ab...ba", "aba", false)]
    [InlineData("...left", "5 seconds left", true)]
    public void DotsInsideALineStandForAnyTextThere(string expected, string actual, bool matches) =>
        Assert.Equal(matches, DocExamples.Matches([expected], [actual]));

    [Fact]
    public async Task AWrongReplyInAGuideIsReportedWithWhereAndWhat()
    {
        var path = Path.Combine(Path.GetTempPath(), $"guide-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(path, "```console\n$ curl 'http://localhost:8080/hello'\nhi there\n$ curl --fail 'http://localhost:8080/hello'\n```\n");
        try
        {
            await using var factory = new Infrastructure.MoceanFactory();
            var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
            using var client = factory.CreateClient(clock, new() { BaseAddress = new Uri(DocExamples.Server) });

            var problems = await DocExamples.RunAsync(path, client, clock);

            Assert.Equal(2, problems.Count);
            Assert.StartsWith($"{Path.GetFileName(path)}:2: $ curl 'http://localhost:8080/hello'\n--- the guide shows:\nhi there\n--- the server answered:\nhello! the Mocean server is up and listening.", problems[0], StringComparison.Ordinal);
            Assert.Contains("'--fail' is not one the guide test knows", problems[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ANameOutsideSingleQuotesIsReplacedByItsValueAsInAShell()
    {
        var variables = new Dictionary<string, string> { ["KEY"] = "mk_1" };

        Assert.Equal(["curl", "-H", "X-Api-Key: mk_1", "a$KEY", "mk_1/x", "$ 5", "$1"], DocExamples.ShellWords("""curl -H "X-Api-Key: $KEY" 'a$KEY' ${KEY}/x "$ 5" $1""", variables));
        Assert.Throws<FormatException>(() => DocExamples.ShellWords("curl $NOKEY", variables));
    }

    [Fact]
    public async Task AReplyKeptWithAnAssignmentIsUsedByLaterCommandsAndPrintsNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"guide-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(path, """
            ```console
            $ KEY=$(curl -s -X POST -H 'X-Admin-Key: OUR-CLASS-SECRET' 'http://localhost:8080/admin/keys?label=ada')
            $ curl -s -H "X-Api-Key: $KEY" 'http://localhost:8080/tabledap/periodic_table.csv0?Element&AtomicNumber=1'
            Hydrogen
            $ curl -s -H 'X-Api-Key: $KEY' 'http://localhost:8080/tabledap/periodic_table.csv0?Element&AtomicNumber=1'
            Hydrogen
            $ OTHER=$(curl -s -X POST -H 'X-Admin-Key: OUR-CLASS-SECRET' 'http://localhost:8080/admin/keys?label=bob')
            mk_...
            ```

            """);
        try
        {
            await using var factory = new Infrastructure.MoceanFactory();
            factory.Settings["AdminKey"] = "OUR-CLASS-SECRET";
            var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
            using var client = factory.CreateClient(clock, new() { BaseAddress = new Uri(DocExamples.Server) });

            var problems = await DocExamples.RunAsync(path, client, clock);

            Assert.Equal(2, problems.Count);
            Assert.Contains("the server answered:\nError {\n    code=401;", problems[0], StringComparison.Ordinal);
            Assert.Contains("an assignment prints nothing, but the guide shows:\nmk_...", problems[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task WithDashIAReplyStartsWithItsStatusLineAndHeadersAsCurlShowsThem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"guide-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(path, """
            ```console
            $ curl -i 'http://localhost:8080/id'
            HTTP/1.1 410 Gone
            ...
            Content-Type: text/plain; charset=utf-8

            the id route is retired: it handed anyone another player's id; keep the id that join gave you, and join again if you lost it
            $ curl -s -i 'http://localhost:8080/hello'
            HTTP/1.1 404 Not Found
            ...
            ```

            """);
        try
        {
            await using var factory = new Infrastructure.MoceanFactory();
            var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
            using var client = factory.CreateClient(clock, new() { BaseAddress = new Uri(DocExamples.Server) });

            var problems = await DocExamples.RunAsync(path, client, clock);

            var problem = Assert.Single(problems);
            Assert.Contains(":8: $ curl -s -i 'http://localhost:8080/hello'", problem, StringComparison.Ordinal);
            Assert.Contains("--- the server answered:\nHTTP/1.1 200 OK\n", problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

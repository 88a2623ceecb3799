using Mocean.Steps.Book;
using Mocean.Steps.Checks;

namespace Mocean.Steps.Tests;

public class PuzzleFileTests
{
    private const string Good = """
        puzzles:
          - route: steps
            key: message
            check: { kind: exact, accept: [open] }
            solved: "in"
          - route: door
            key: code
            check: { kind: integer, answer: 7 }
            hints: { tooBig: "lower than {sent}" }
            solved: "done"
        """;

    [Fact]
    public void ATeachersYamlFileMakesItsOwnChain()
    {
        var book = PuzzleFile.Parse(Good, "class.yaml");
        Assert.Equal(["steps", "door"], book.Puzzles.Select(p => p.Route));
        Assert.Equal("door", book.Puzzles[0].Next);
        Assert.Null(book.Puzzles[1].Next);
        Assert.Equal("lower than 9", book.Find("door")!.Judge("9", "http://h").Message);
        Assert.Equal(Verdict.TooSmall.DefaultHint().Replace("{sent}", "3", StringComparison.Ordinal), book.Find("door")!.Judge("3", "http://h").Message);
    }

    [Fact]
    public void AJsonFileWorksToo()
    {
        var book = PuzzleFile.Parse("""
            {"puzzles": [
            	{"route": "steps", "key": "message", "check": {"kind": "prime-above", "above": 10}, "solved": "ok", "next": "steps"}
            ]}
            """, "class.json");
        Assert.True(book.Find("steps")!.Judge("11", "http://h").Solved);
        Assert.Equal("steps", book.Puzzles[0].Next);
    }

    [Fact]
    public void TheShippedFileLoads() => Assert.Equal(9, PuzzleBook.Load(PuzzleBook.ShippedFile).Puzzles.Length);

    [Theory]
    [InlineData("puzzles: []", null, "puzzles")]
    [InlineData("puzzle: []", null, "puzzle")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: guess }\n    solved: ok", "'steps'", "check.kind")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: integer, answer: many }\n    solved: ok", "'steps'", "check.answer")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: integer }\n    solved: ok", "'steps'", "check.answer")]
    [InlineData("puzzles:\n  - route: steps\n    check: { kind: exact, accept: [a] }\n    solved: ok", "'steps'", "key")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: exact, accept: [a] }", "'steps'", "solved")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: exact, accept: [a] }\n    solved: ok\n    next: nowhere", "'steps'", "next")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: exact, accept: [a] }\n    solved: ok\n    colour: red", "'steps'", "colour")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: exact, accept: [a] }\n    hints: { tooBig: x }\n    solved: ok", "'steps'", "hints.tooBig")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: exact, accept: [a] }\n    solved: 'you sent {sendt}'", "'steps'", "solved")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: fibonacci-index, index: 0 }\n    solved: ok", "'steps'", "check.index")]
    [InlineData("puzzles:\n  - route: steps\n    check: { kind: visit }\n    key: message\n    solved: ok", "'steps'", "key")]
    [InlineData("puzzles:\n  - route: door\n    key: message\n    check: { kind: exact, accept: [a] }\n    solved: ok", "'door'", "route")]
    [InlineData("puzzles:\n  - route: Bad Route\n    key: message\n    check: { kind: exact, accept: [a] }\n    solved: ok", "number 1", "route")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: exact, accept: [a] }\n    solved: ok\n  - route: 2nd\n    key: message\n    check: { kind: exact, accept: [a] }\n    solved: ok", "number 2", "route")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: exact, accept: [a] }\n    solved: ok\n  - route: steps\n    key: message\n    check: { kind: exact, accept: [a] }\n    solved: ok", "'steps'", "route")]
    [InlineData("puzzles:\n  - route: steps\n    key: message\n    check: { kind: integer-list, answer: '1,x' }\n    solved: ok", "'steps'", "check.answer")]
    public void ABadFileIsRefusedNamingFilePuzzleAndField(string text, string? puzzle, string field)
    {
        var problem = Assert.Throws<PuzzleFileException>(() => PuzzleFile.Parse(text, "/teacher/class.yaml"));
        Assert.StartsWith("puzzle file /teacher/class.yaml: ", problem.Message, StringComparison.Ordinal);
        if (puzzle is not null)
        {
            Assert.Contains($"puzzle {puzzle}", problem.Message, StringComparison.Ordinal);
        }

        Assert.Contains($"field '{field}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenYamlIsRefusedNamingTheFile() =>
        Assert.StartsWith("puzzle file x.yaml: not valid YAML", Assert.Throws<PuzzleFileException>(() => PuzzleFile.Parse("puzzles: [ {", "x.yaml")).Message, StringComparison.Ordinal);

    [Fact]
    public void AMissingFileIsRefusedNamingIt() =>
        Assert.StartsWith("puzzle file /no/such/file.yaml: cannot be read", Assert.Throws<PuzzleFileException>(() => PuzzleBook.Load("/no/such/file.yaml")).Message, StringComparison.Ordinal);
}

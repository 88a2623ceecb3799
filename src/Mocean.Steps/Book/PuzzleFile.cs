using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mocean.Steps.Checks;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Mocean.Steps.Book;

/// <summary>
/// Reads a puzzle file (YAML, or JSON when the name ends in <c>.json</c>) into a <see cref="PuzzleBook"/>,
/// checking every field; the first problem found stops loading with a message that names the file,
/// the puzzle and the field. Whether a route is free is the server's to say (it knows the routes it maps).
/// </summary>
public static partial class PuzzleFile
{
    private static readonly string[] PuzzleFields = ["route", "key", "greeting", "check", "hints", "solved", "next"];

    public static PuzzleBook Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new PuzzleFileException($"puzzle file {path}: cannot be read: {e.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Parses the text of a puzzle file; <paramref name="file"/> names it in messages.</summary>
    public static PuzzleBook Parse(string text, string file)
    {
        object? root;
        try
        {
            root = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? FromJson(JsonDocument.Parse(text).RootElement)
                : new DeserializerBuilder().Build().Deserialize<object?>(text);
        }
        catch (Exception e) when (e is YamlException or JsonException)
        {
            throw new PuzzleFileException($"puzzle file {file}: not valid {(file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "JSON" : "YAML")}: {e.Message}");
        }

        var top = new Fields(file, null, root as IDictionary<object, object?>
            ?? throw new PuzzleFileException($"puzzle file {file}: field 'puzzles': the file must be a mapping with a list 'puzzles'"));
        top.AllowOnly("puzzles");
        var list = top.List("puzzles");
        if (list.Count == 0)
        {
            throw new PuzzleFileException($"puzzle file {file}: field 'puzzles': the list is empty; give at least the '{PuzzleBook.StartRoute}' puzzle");
        }

        var drafts = list.Select((item, index) => ReadPuzzle(file, index, item)).ToList();
        var puzzles = drafts.Select((draft, index) => draft.Puzzle with
        {
            Next = draft.NextGiven ? draft.Puzzle.Next : index + 1 < drafts.Count ? drafts[index + 1].Puzzle.Route : null,
        }).ToImmutableArray();
        Validate(file, puzzles);
        return new PuzzleBook(puzzles);
    }

    private static void Validate(string file, ImmutableArray<Puzzle> puzzles)
    {
        if (puzzles[0].Route != PuzzleBook.StartRoute)
        {
            throw new PuzzleFileException($"puzzle file {file}: puzzle '{puzzles[0].Route}' (number 1): field 'route': the chain must start with route '{PuzzleBook.StartRoute}'");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var puzzle in puzzles)
        {
            var where = $"puzzle file {file}: puzzle '{puzzle.Route}'";
            if (!seen.Add(puzzle.Route))
            {
                throw new PuzzleFileException($"{where}: field 'route': another puzzle already uses this route");
            }

            if (puzzle.Next is { } next && !puzzles.Any(p => p.Route == next))
            {
                throw new PuzzleFileException($"{where}: field 'next': no puzzle has the route '{next}'");
            }
        }
    }

    private sealed record Draft(Puzzle Puzzle, bool NextGiven);

    private static Draft ReadPuzzle(string file, int index, object? item)
    {
        var label = $"number {index + 1}";
        var raw = item as IDictionary<object, object?>
            ?? throw new PuzzleFileException($"puzzle file {file}: puzzle {label}: field 'puzzles': each puzzle must be a mapping of fields");
        var fields = new Fields(file, label, raw);
        var route = fields.Text("route");
        if (!RouteName().IsMatch(route))
        {
            throw fields.Problem("route", $"'{route}' cannot be a route: use lower-case letters, digits and '-', starting with a letter");
        }

        fields = new Fields(file, $"'{route}'", raw);
        fields.AllowOnly(PuzzleFields);
        var check = ReadCheck(fields.Mapping("check"));
        var key = check is VisitCheck ? null : fields.Text("key");
        if (check is VisitCheck && fields.Has("key"))
        {
            throw fields.Problem("key", "a 'visit' puzzle reads no key; remove it");
        }

        if (key is not null && !RouteName().IsMatch(key))
        {
            throw fields.Problem("key", $"'{key}' cannot be a query key: use lower-case letters, digits and '-'");
        }

        var hints = ImmutableDictionary.CreateBuilder<Verdict, string>();
        if (fields.Has("hints"))
        {
            var given = fields.Mapping("hints");
            foreach (var name in given.Names)
            {
                var verdict = Verdicts.Parse(name);
                if (verdict is null || !check.Hints.Contains(verdict.Value))
                {
                    throw given.Problem(name, $"a '{check.Kind}' check gives no such hint; it gives: {string.Join(", ", check.Hints.Select(v => v.Name()))}");
                }

                hints[verdict.Value] = given.Text(name, template: true);
            }
        }

        var greeting = fields.Has("greeting") ? fields.Text("greeting", template: true) : null;
        var next = fields.Has("next") ? fields.Text("next") : null;
        var puzzle = new Puzzle(route, key, check, hints.ToImmutable(), fields.Text("solved", template: true), greeting, next);
        return new Draft(puzzle, fields.Has("next"));
    }

    private static Check ReadCheck(Fields check)
    {
        var kind = check.Text("kind");
        switch (kind)
        {
            case "exact":
                check.AllowOnly("kind", "accept");
                return new ExactCheck([.. check.TextList("accept")]);
            case "integer":
                check.AllowOnly("kind", "answer");
                return new IntegerCheck(check.Integer("answer"));
            case "prime-above":
                check.AllowOnly("kind", "above");
                return new PrimeAboveCheck((long)check.Integer("above", min: 0, max: 1_000_000_000_000));
            case "fibonacci-index":
                check.AllowOnly("kind", "index");
                return new FibonacciIndexCheck((int)check.Integer("index", min: 1, max: FibonacciIndexCheck.MaxIndex));
            case "integer-list":
                check.AllowOnly("kind", "answer");
                var items = check.TextList("answer", splitCommas: true);
                return new IntegerListCheck([.. items.Select(item => check.IntegerText("answer", item))]);
            case "visit":
                check.AllowOnly("kind");
                return new VisitCheck();
            default:
                throw check.Problem("kind", $"unknown check kind '{kind}'; use one of: exact, integer, prime-above, fibonacci-index, integer-list, visit");
        }
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => (object)p.Name, p => FromJson(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.GetRawText(),
    };

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex RouteName();
}

using System.Text;
using Microsoft.Extensions.Time.Testing;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Docs;

/// <summary>
/// Runs the examples of a guide in <c>docs/</c> against the real pipeline and says where a reply differs from
/// what the guide shows. An example is a fenced block marked <c>console</c>: lines starting with <c>$ curl</c>
/// are requests (options <c>-s</c>, <c>-i</c>, <c>-H 'Name: value'</c>, <c>-X METHOD</c>, <c>-d 'form=data'</c>; the
/// URL on <c>http://localhost:8080</c>), the lines after one are its reply exactly (with <c>-i</c>, as curl shows it:
/// the status line, the headers, a blank line, then the body); a line <c>...</c> in a reply stands for any number of
/// lines, and <c>...</c> inside a line for any text there (a version, a fresh key). <c>$ sleep N</c> moves the server's
/// clock N seconds (the guide's server runs on a clock the test moves, so positions and times come out as shown).
/// <c>$ NAME=$(curl ...)</c> keeps a reply (a key made on the spot) and prints nothing; later commands use it as
/// <c>$NAME</c> or <c>"$NAME"</c>, not in single quotes, as a shell does. Other blocks are not run.
/// </summary>
public static class DocExamples
{
    public const string Server = "http://localhost:8080";

    /// <summary>The commands of every <c>console</c> block of <paramref name="markdown"/>, in order, each with the line it starts on.</summary>
    public static IReadOnlyList<DocCommand> Parse(string markdown)
    {
        var commands = new List<DocCommand>();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var inConsole = false;
        var inOther = false;
        DocCommand? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (inConsole || inOther)
                {
                    Flush();
                    inConsole = inOther = false;
                }
                else if (line.Trim() == "```console")
                {
                    inConsole = true;
                }
                else
                {
                    inOther = true;
                }

                continue;
            }

            if (!inConsole)
            {
                continue;
            }

            if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                Flush();
                current = new DocCommand(i + 1, line[2..], []);
            }
            else if (current is not null)
            {
                current.Expected.Add(line);
            }
            else
            {
                throw new FormatException($"line {i + 1}: a console block starts with a '$ ' command, not '{line}'");
            }
        }

        Flush();
        return commands;

        void Flush()
        {
            if (current is not null)
            {
                commands.Add(current);
                current = null;
            }
        }
    }

    /// <summary>
    /// Runs the examples of <c>docs/NAME</c> on a fresh server of their own (admin key <c>OUR-CLASS-SECRET</c>, secret
    /// ids made repeatable, placements and world from fixed seeds, a clock only <c>$ sleep</c> moves) and fails with
    /// every difference. <paramref name="settings"/> adds or overrides settings.
    /// </summary>
    public static async Task AssertGuideAsync(string name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await using var factory = new MoceanFactory();
        factory.Settings["AdminKey"] = "OUR-CLASS-SECRET";
        factory.Settings["IdSeed"] = "1";
        factory.Settings["PlacementSeed"] = "1";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            factory.Settings[key] = value;
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        using var client = factory.CreateClient(clock, new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri(Server) });
        var path = Path.Combine(Python.RepoRoot, "docs", name);
        Assert.True(File.Exists(path), $"{path} is missing");
        Assert.NotEmpty(Parse(await File.ReadAllTextAsync(path)));
        var problems = await RunAsync(path, client, clock);
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    /// <summary>Runs every command in order; the list of differences (empty when the guide is right).</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(string markdownPath, HttpClient client, FakeTimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = new List<string>();
        var name = Path.GetFileName(markdownPath);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var command in Parse(await File.ReadAllTextAsync(markdownPath)))
        {
            IReadOnlyList<string> words;
            var (capture, text) = Assignment(command.Text);
            try
            {
                words = ShellWords(text, variables);
            }
            catch (FormatException e)
            {
                problems.Add($"{name}:{command.Line}: {e.Message}");
                continue;
            }

            if (words is ["sleep", var seconds])
            {
                clock.Advance(TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            if (words is not ["curl", ..])
            {
                problems.Add($"{name}:{command.Line}: only curl and sleep are run here, not '{command.Text}'");
                continue;
            }

            string actual;
            try
            {
                using var request = Request(words);
                using var reply = await client.SendAsync(request);
                actual = (await reply.Content.ReadAsStringAsync()).TrimEnd('\n');
                if (words.Contains("-i") || words.Contains("--include"))
                {
                    actual = Head(reply) + actual;
                }
            }
            catch (FormatException e)
            {
                problems.Add($"{name}:{command.Line}: {e.Message}");
                continue;
            }

            if (capture is not null)
            {
                variables[capture] = actual;
                if (command.Expected.Count > 0)
                {
                    problems.Add($"{name}:{command.Line}: $ {command.Text}\n--- an assignment prints nothing, but the guide shows:\n{string.Join('\n', command.Expected)}");
                }

                continue;
            }

            if (!Matches(command.Expected, actual.Split('\n')))
            {
                problems.Add($"{name}:{command.Line}: $ {command.Text}\n--- the guide shows:\n{string.Join('\n', command.Expected)}\n--- the server answered:\n{actual}");
            }
        }

        return problems;
    }

    private static HttpRequestMessage Request(IReadOnlyList<string> words)
    {
        var method = HttpMethod.Get;
        var headers = new List<(string, string)>();
        string? form = null;
        string? url = null;
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s" or "--silent" or "-i" or "--include":
                    break;
                case "-X" when i + 1 < words.Count:
                    method = new HttpMethod(words[++i]);
                    break;
                case "-H" when i + 1 < words.Count:
                    var header = words[++i].Split(':', 2);
                    headers.Add((header[0].Trim(), header.Length > 1 ? header[1].Trim() : string.Empty));
                    break;
                case "-d" or "--data" when i + 1 < words.Count:
                    form = words[++i];
                    if (method == HttpMethod.Get)
                    {
                        method = HttpMethod.Post;
                    }

                    break;
                case var word when word.StartsWith(Server, StringComparison.Ordinal):
                    url = word[Server.Length..];
                    break;
                default:
                    throw new FormatException($"curl option or argument '{words[i]}' is not one the guide test knows (use -s, -H, -X, -d and a URL on {Server})");
            }
        }

        var request = new HttpRequestMessage(method, url ?? throw new FormatException($"no URL on {Server}"));
        foreach (var (header, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        if (form is not null)
        {
            request.Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        return request;
    }

    /// <summary>What <c>curl -i</c> shows before the body: the status line, one line a header, a blank line.</summary>
    private static string Head(HttpResponseMessage reply)
    {
        var status = (int)reply.StatusCode;
        var head = new StringBuilder($"HTTP/1.1 {status} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)}\n");
        foreach (var (name, values) in reply.Headers.Concat(reply.Content.Headers))
        {
            head.Append(name).Append(": ").Append(string.Join(", ", values)).Append('\n');
        }

        return head.Append('\n').ToString();
    }

    /// <summary>Whether the reply's lines are the guide's, a line "..." standing for any number of lines and "..." inside a line for any text.</summary>
    public static bool Matches(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        return Match(0, 0);

        bool Match(int e, int a)
        {
            if (e == expected.Count)
            {
                return a == actual.Count;
            }

            if (expected[e] == "...")
            {
                for (var skip = a; skip <= actual.Count; skip++)
                {
                    if (Match(e + 1, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            return a < actual.Count && LineMatches(expected[e], actual[a]) && Match(e + 1, a + 1);
        }
    }

    /// <summary>Whether a reply line is the guide's, each "..." inside the guide's line standing for any text.</summary>
    public static bool LineMatches(string expected, string actual)
    {
        var parts = expected.Split("...");
        if (parts.Length == 1)
        {
            return expected == actual;
        }

        if (!actual.StartsWith(parts[0], StringComparison.Ordinal) || actual.Length < parts[0].Length + parts[^1].Length
            || !actual.EndsWith(parts[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        foreach (var part in parts[1..^1])
        {
            var found = actual.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return at <= actual.Length - parts[^1].Length;
    }

    /// <summary><c>NAME=$(command)</c> split into the name and the command; otherwise no name and the line.</summary>
    private static (string? Name, string Text) Assignment(string line)
    {
        var equals = line.IndexOf("=$(", StringComparison.Ordinal);
        return equals > 0 && line.EndsWith(')') && IsName(line.AsSpan(0, equals)) ? (line[..equals], line[(equals + 3)..^1]) : (null, line);
    }

    private static bool IsName(ReadOnlySpan<char> text) =>
        text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && !text.ContainsAnyExcept(NameChars);

    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    /// <summary>
    /// Splits a command line as a shell does for the simple cases guides use: 'single' and "double" quotes, and
    /// <c>$NAME</c> or <c>${NAME}</c> outside single quotes replaced by a value of <paramref name="variables"/>.
    /// </summary>
    public static IReadOnlyList<string> ShellWords(string line, IReadOnlyDictionary<string, string>? variables = null)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '$' && quote != '\'' && Variable(line, i) is { } variable)
            {
                word.Append(variables?.GetValueOrDefault(variable.Name)
                    ?? throw new FormatException($"${variable.Name} is not set: keep a reply first with {variable.Name}=$(curl ...)"));
                inWord = true;
                i += variable.Length - 1;
            }
            else if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (quote is not null)
        {
            throw new FormatException($"an unclosed quote in '{line}'");
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>The name of the variable <c>$NAME</c> or <c>${NAME}</c> at <paramref name="at"/>, and how long it is written; null for a plain '$'.</summary>
    private static (string Name, int Length)? Variable(string line, int at)
    {
        var braced = at + 1 < line.Length && line[at + 1] == '{';
        var start = at + (braced ? 2 : 1);
        var end = start;
        while (end < line.Length && NameChars.Contains(line[end]))
        {
            end++;
        }

        var name = line[start..end];
        if (!IsName(name) || (braced && (end >= line.Length || line[end] != '}')))
        {
            return null;
        }

        return (name, end - at + (braced ? 1 : 0));
    }
}

/// <summary>One command of a guide's console block and the reply lines the guide shows for it.</summary>
public sealed record DocCommand(int Line, string Text, List<string> Expected);

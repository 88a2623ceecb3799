using System.Globalization;
using System.Text.RegularExpressions;

namespace Mocean.Client.Ocean;

/// <summary>Reads the round's plain-text replies (rounds.md): one comma-separated line, or one line per item.</summary>
internal static partial class RoundText
{
    public static RoundStatus Status(string text)
    {
        var lines = Lines(text);
        var parts = lines.Length > 0 ? lines[0].Split(',') : [];
        if (parts.Length != 6 || !Ints(parts[1..], out var n))
        {
            throw Unexpected("/round", text);
        }

        var winner = lines.Length > 1 && lines[1].StartsWith("winner: ", StringComparison.Ordinal) ? lines[1]["winner: ".Length..] : null;
        return new RoundStatus(parts[0], n[0], n[1], n[2], n[3], n[4], winner);
    }

    public static RoundRole Role(string text)
    {
        var parts = text.Trim().Split(',');
        return parts switch
        {
            ["none"] => new RoundRole("none", false, []),
            [var role and ("crew" or "impostor"), var state and ("alive" or "out"), .. var fellows] => new RoundRole(role, state == "out", fellows),
            _ => throw Unexpected("/role", text),
        };
    }

    public static IReadOnlyList<RoundTask> Tasks(string text) => [.. Lines(text).Select(line =>
    {
        var p = line.Split(',', 7);
        if (p.Length != 7 || !int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || p[5] is not ("0" or "1"))
        {
            throw Unexpected("/tasks", text);
        }

        return new RoundTask(n, p[1], Number(p[2], text), Number(p[3], text), Number(p[4], text), p[5] == "1", p[6]);
    })];

    public static TaskDone Done(string text) => DoneLine().Match(text.Trim()) is { Success: true } m
        ? new TaskDone(Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value))
        : throw Unexpected("/task", text);

    public static IReadOnlyList<MeetingLine> Heard(string text) => [.. Lines(text).Select(line =>
    {
        var p = line.Split(',', 3);
        return p.Length == 3 && int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? new MeetingLine(n, p[1].Length == 0 ? null : p[1], p[2])
            : throw Unexpected("/hear", text);
    })];

    public static IReadOnlyList<RoleLine> Roles(string text) => [.. Lines(text).Select(line =>
        line.Split(',') is [var name, var role] ? new RoleLine(name, role) : throw Unexpected("/roles", text))];

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Ints(string[] parts, out int[] numbers)
    {
        numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static double? Number(string part, string text) =>
        part.Length == 0 ? null
        : double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
        : throw Unexpected("/tasks", text);

    /// <summary>A 200 reply that is not the form expected: its text becomes the exception's line.</summary>
    private static MoceanException Unexpected(string route, string text) =>
        new(200, text.Trim().Length == 0 ? "the reply is empty" : text.Trim().ReplaceLineEndings(" "), route);

    [GeneratedRegex(@"^task (\d+) done: (\d+) of (\d+) crew tasks done$")]
    private static partial Regex DoneLine();
}

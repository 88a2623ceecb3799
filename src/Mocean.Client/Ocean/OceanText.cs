using System.Globalization;

namespace Mocean.Client.Ocean;

/// <summary>
/// Reads the ocean's plain-text replies: the comma-separated numbers, <c>look</c>'s list and
/// <c>who</c>'s sentence, the forms the compatibility promise fixes.
/// </summary>
internal static class OceanText
{
    public static double[] Numbers(string text, int count, string route)
    {
        var parts = Parts(text);
        if (parts.Length < count)
        {
            throw Unexpected(route, text);
        }

        var numbers = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
            {
                throw Unexpected(route, text);
            }
        }

        return numbers;
    }

    public static IReadOnlyList<Sighting> Sightings(string text)
    {
        var parts = Parts(text);
        var items = new List<Sighting>(parts.Length / 4);
        for (var i = 0; i + 3 < parts.Length; i += 4)
        {
            var numbers = Numbers(string.Join(',', parts[(i + 1)..(i + 4)]), 3, "/look");
            items.Add(new Sighting(parts[i], numbers[0], numbers[1], numbers[2]));
        }

        return items;
    }

    public static Who Who(string text)
    {
        const string Lead = "there are ";
        var line = text.Trim();
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (!line.StartsWith(Lead, StringComparison.Ordinal) || colon < 0
            || !int.TryParse(line[Lead.Length..colon].Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw Unexpected("/who", text);
        }

        return new Who(count, line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static IReadOnlyList<string> Items(string text) =>
        [.. text.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string[] Parts(string text) =>
        text.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// A 200 reply that is not the numbers asked for: the game said no in a sentence (like teleporting
    /// without the crystal). The sentence becomes the exception's line, with status 200.
    /// </summary>
    private static MoceanException Unexpected(string route, string text) =>
        new(200, text.Trim().Length == 0 ? "the reply is empty" : text.Trim().ReplaceLineEndings(" "), route);
}

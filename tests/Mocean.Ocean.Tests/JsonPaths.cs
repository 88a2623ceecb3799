using System.Text.Json;

namespace Mocean.Ocean.Tests;

/// <summary>The shape of a JSON text: every path with its value kind (names and nesting, not the values).</summary>
internal static class JsonPaths
{
    public static List<string> Of(string json)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement e, string path)
        {
            paths.Add($"{path}:{e.ValueKind}");
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value, $"{path}.{p.Name}");
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item, $"{path}[]");
                }
            }
        }
        using var doc = JsonDocument.Parse(json);
        Walk(doc.RootElement, "$");
        return [.. paths];
    }
}

using System.Collections.Concurrent;
using System.Text.Json;

namespace Mocean.Server.Recording;

/// <summary>
/// The teacher's choice, per ocean, of what students may read of its record (<see cref="Visibility"/>), kept in
/// <c>recording-public.json</c> in the data directory (so it survives a restart and is in backups); an ocean the teacher
/// has not chosen for follows the server's setting.
/// </summary>
public sealed class VisibilityFile
{
    public const string FileName = "recording-public.json";

    private readonly string path;
    private readonly Visibility fallback;
    private readonly ConcurrentDictionary<string, Visibility> chosen = new(StringComparer.Ordinal);
    private readonly Lock saving = new();

    public VisibilityFile(string dataDir, Visibility fallback)
    {
        path = Path.Combine(dataDir, FileName);
        this.fallback = fallback;
        try
        {
            foreach (var (ocean, word) in JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [])
            {
                if (Visibilities.Parse(word) is { } v)
                {
                    chosen[ocean] = v;
                }
            }
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            // No choice made yet (or an unreadable file): the server's setting holds for every ocean.
        }
    }

    public Visibility Of(string ocean) => chosen.TryGetValue(ocean, out var v) ? v : fallback;

    public void Set(string ocean, Visibility visibility)
    {
        chosen[ocean] = visibility;
        lock (saving)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".new";
            File.WriteAllText(temporary, JsonSerializer.Serialize(chosen.ToDictionary(c => c.Key, c => c.Value.Word(), StringComparer.Ordinal)));
            File.Move(temporary, path, overwrite: true);
        }
    }
}

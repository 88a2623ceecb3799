using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mocean.OceanHosting;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>
/// What a running server's grains have written to <c>ocean.db</c> in its data directory, read from outside the
/// server as a file. A test that kills the server waits here until what it wants to survive is on disk,
/// instead of sleeping for as long as the write-behind usually needs.
/// </summary>
public static class StoredGrains
{
    /// <summary>
    /// Every stored state as text, by state name (<c>ocean</c>, <c>players</c>, <c>oceans</c>) and grain id (<c>ocean/main</c>);
    /// an ocean stored in several rows is put together as the game loads it, one <c>ocean</c> row of the whole record.
    /// </summary>
    public static IReadOnlyList<(string State, string Grain, string Payload)> Read(string dataDir)
    {
        var rows = ReadRows(dataDir);
        var whole = new List<(string, string, string)>();
        foreach (var (state, grain, payload) in rows)
        {
            if (state != OceanParts.Core)
            {
                if (!state.StartsWith(OceanParts.Core + ".", StringComparison.Ordinal))
                {
                    whole.Add((state, grain, payload));
                }

                continue;
            }

            var record = OceanParts.Load(name => rows.FirstOrDefault(r => r.State == name && r.Grain == grain).Payload is { } text ? Encoding.UTF8.GetBytes(text) : null)!;
            whole.Add((state, grain, Encoding.UTF8.GetString(record.ToBytes())));
        }

        return whole;
    }

    /// <summary>Every stored row as text, as it is in the file.</summary>
    public static IReadOnlyList<(string State, string Grain, string Payload)> ReadRows(string dataDir)
    {
        var file = Path.Combine(dataDir, GrainStorage.FileName);
        if (!File.Exists(file))
        {
            return [];
        }

        var rows = new List<(string, string, string)>();
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        db.Open();
        using var read = db.CreateCommand();
        read.CommandText = "SELECT state_name, grain_id, CAST(payload AS TEXT) FROM grain_state";
        using var row = read.ExecuteReader();
        while (row.Read())
        {
            rows.Add((row.GetString(0), row.GetString(1), row.GetString(2)));
        }

        return rows;
    }

    /// <summary>
    /// Waits until the stored states pass <paramref name="stored"/>; fails after the limit, which only bounds a hang
    /// (the write-behind writes about once a second, later on a loaded machine).
    /// </summary>
    public static async Task WaitUntilAsync(string dataDir, Func<IReadOnlyList<(string State, string Grain, string Payload)>, bool> stored, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        IReadOnlyList<(string State, string Grain, string Payload)> rows = [];
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                rows = Read(dataDir);
                if (stored(rows))
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // The server is still creating the file or its table.
            }
            catch (JsonException)
            {
                // Not a state with players: the condition cannot hold yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"within {seconds} s the stored state never showed {what}; stored: {string.Join(", ", rows.Select(r => $"{r.State} {r.Grain} ({r.Payload.Length} chars)"))}");
    }

    /// <summary>
    /// True when some stored state named <paramref name="state"/> (an <c>ocean</c>) has exactly the players
    /// <paramref name="ids"/> and its text contains every one of <paramref name="texts"/>.
    /// </summary>
    public static bool Has(this IReadOnlyList<(string State, string Grain, string Payload)> rows, string state, IEnumerable<string> ids, params string[] texts) =>
        rows.Any(r => r.State == state && PlayerIds(r.Payload).SetEquals(ids) && texts.All(text => r.Payload.Contains(text, StringComparison.Ordinal)));

    /// <summary>
    /// The ids of the players in a stored ocean: its snapshot's list of players, in a row of either form (the bare
    /// snapshot, or <c>{"Joined":...,"Ocean":{snapshot}}</c>).
    /// </summary>
    public static HashSet<string> PlayerIds(string payload)
    {
        using var json = JsonDocument.Parse(payload);
        var root = json.RootElement;
        var ocean = Property(root, "ocean");
        var players = Property(ocean.ValueKind == JsonValueKind.Object ? ocean : root, "players");
        return players.ValueKind switch
        {
            JsonValueKind.Array => [.. players.EnumerateArray().Select(p => p.EnumerateObject().First(f => f.Name.Equals("id", StringComparison.OrdinalIgnoreCase)).Value.GetString()!)],
            JsonValueKind.Object => [.. players.EnumerateObject().Select(p => p.Name)],
            _ => [],
        };
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value
            : default;
}

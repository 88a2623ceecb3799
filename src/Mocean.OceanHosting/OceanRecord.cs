using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Mocean.Ocean.State;

namespace Mocean.OceanHosting;

/// <summary>
/// An ocean grain's stored state, one row written in one transaction: the engine's snapshot as it is (its own
/// pinned format) and the wall-clock moment each player joined, <c>{"Joined":{"id":"time",...},"Ocean":{snapshot}}</c>.
/// The oceans are the only stored truth of who plays where: the directory is built from them, so a kill can
/// never leave the two apart. A row written before join times were kept is the bare snapshot (no join times).
/// </summary>
public sealed record OceanRecord(OceanSnapshot Snapshot, ImmutableDictionary<string, DateTimeOffset> Joined)
{
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteProperties(json);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <c>"Joined":{...},"Ocean":{snapshot}</c> into an object being written.</summary>
    public void WriteProperties(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject("Joined");
        foreach (var player in Snapshot.Players)
        {
            if (Joined.TryGetValue(player.Id, out var at))
            {
                json.WriteString(player.Id, at);
            }
        }

        json.WriteEndObject();
        json.WritePropertyName("Ocean");
        json.WriteRawValue(Snapshot.ToJson(), skipInputValidation: true);
    }

    /// <summary>Reads a stored row (either form); a malformed one throws <see cref="JsonException"/>.</summary>
    public static OceanRecord FromBytes(byte[] payload)
    {
        using var document = JsonDocument.Parse(payload);
        return From(document.RootElement, payload);
    }

    /// <summary>Reads a stored row already parsed (<paramref name="payload"/> is its text, for the bare-snapshot form).</summary>
    public static OceanRecord From(JsonElement root, byte[] payload)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Ocean", out var ocean))
        {
            return new OceanRecord(OceanSnapshot.FromJson(Encoding.UTF8.GetString(payload)), ImmutableDictionary<string, DateTimeOffset>.Empty);
        }

        var joined = ImmutableDictionary.CreateBuilder<string, DateTimeOffset>(StringComparer.Ordinal);
        if (root.TryGetProperty("Joined", out var times) && times.ValueKind == JsonValueKind.Object)
        {
            foreach (var time in times.EnumerateObject())
            {
                joined[time.Name] = time.Value.GetDateTimeOffset();
            }
        }

        return new OceanRecord(OceanSnapshot.FromJson(ocean.GetRawText()), joined.ToImmutable());
    }
}

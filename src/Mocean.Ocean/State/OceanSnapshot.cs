using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mocean.Ocean.State;

/// <summary>
/// The whole state of an ocean, immutable: what the seed decides is regenerated from
/// <see cref="Seed"/> and <see cref="Settings"/>; everything that changed since is here.
/// Round-trips exactly through System.Text.Json (<see cref="ToJson"/>, <see cref="FromJson"/>). <see cref="Round"/> is
/// the round in play, if any: an ocean without one writes no such field, so its snapshot reads as before rounds;
/// <see cref="RoundsStarted"/> numbers the rounds in the game's record (absent until the first round).
/// </summary>
public sealed record OceanSnapshot(
    int Version,
    ulong Seed,
    OceanRules Settings,
    IReadOnlyList<PlayerState> Players,
    IReadOnlyList<WhaleState> Whales,
    IReadOnlyList<TreasureTaken> Taken,
    bool Bloom,
    OceanTime Clock,
    long JoinSeq,
    long EventSeq,
    IReadOnlyList<OceanEvent> Events,
    IReadOnlyList<ChatLogEntry> ChatLog,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Rounds.RoundState? Round = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int RoundsStarted = 0)
{
    public const int CurrentVersion = 1;

    public string ToJson() => JsonSerializer.Serialize(this, OceanJson.Default.OceanSnapshot);

    /// <summary>Reads a snapshot; a malformed text throws <see cref="JsonException"/>.</summary>
    public static OceanSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize(json, OceanJson.Default.OceanSnapshot) ?? throw new JsonException("a snapshot cannot be null");
}

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(OceanSnapshot))]
internal sealed partial class OceanJson : JsonSerializerContext;

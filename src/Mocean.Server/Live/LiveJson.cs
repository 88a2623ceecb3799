using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mocean.Server.Live;

/// <summary>One message of the live map's event stream (<c>data:</c> of a server-sent event).</summary>
public sealed record LiveMessage(
    string Ocean,
    string? Seed,
    bool Missing,
    bool Teacher,
    long At,
    bool Paused,
    bool Bloom,
    IReadOnlyList<LivePlayer> Players,
    IReadOnlyList<LiveWhale> Whales,
    IReadOnlyList<LiveTreasure>? Treasures,
    IReadOnlyList<LiveEvent> Events);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LiveMessage))]
[JsonSerializable(typeof(FloorGrid))]
internal sealed partial class LiveJson : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mocean.Server.Live;

/// <summary>
/// One message of the live map's event stream (<c>data:</c> of a server-sent event). <see cref="Hidden"/>: the
/// players carry no names (a round is in play and the viewer is not the teacher); their names are then given apart,
/// in <see cref="Names"/>, in alphabetical order.
/// </summary>
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
    IReadOnlyList<LiveEvent> Events,
    LiveRound? Round = null,
    bool Hidden = false,
    IReadOnlyList<string>? Names = null);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LiveMessage))]
[JsonSerializable(typeof(FloorGrid))]
[JsonSerializable(typeof(ReplayReply))]
[JsonSerializable(typeof(RecordedRounds))]
internal sealed partial class LiveJson : JsonSerializerContext;

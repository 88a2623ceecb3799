using System.Text.Json;
using Orleans.Storage;

namespace Mocean.OceanHosting.Cluster;

/// <summary>
/// Grain state in the cluster's store as the SQLite storage writes it: System.Text.Json UTF-8 text, a <c>byte[]</c>
/// state (already JSON: an ocean's record) as it is, so a state reads the same with <c>psql</c> and moves between the
/// two stores unchanged. It wraps Orleans' ADO.NET storage, which makes a fresh instance of the state's type before it
/// reads (impossible for <c>byte[]</c> or an immutable dictionary): that storage only ever sees a <see cref="StoredJson"/>,
/// whose bytes <see cref="Serializer"/> passes through.
/// </summary>
public sealed class JsonGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var stored = new GrainState<StoredJson> { ETag = grainState.ETag };
        await inner.ReadStateAsync(stateName, grainId, stored).ConfigureAwait(false);
        if (stored.RecordExists && stored.State?.Bytes is { Length: > 0 } bytes)
        {
            grainState.State = typeof(T) == typeof(byte[]) ? (T)(object)bytes : JsonSerializer.Deserialize<T>(bytes, Json)!;
        }

        grainState.ETag = stored.ETag;
        grainState.RecordExists = stored.RecordExists;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var bytes = grainState.State as byte[] ?? JsonSerializer.SerializeToUtf8Bytes(grainState.State, Json);
        var stored = new GrainState<StoredJson> { State = new StoredJson { Bytes = bytes }, ETag = grainState.ETag, RecordExists = grainState.RecordExists };
        await inner.WriteStateAsync(stateName, grainId, stored).ConfigureAwait(false);
        grainState.ETag = stored.ETag;
        grainState.RecordExists = stored.RecordExists;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var stored = new GrainState<StoredJson> { ETag = grainState.ETag, RecordExists = grainState.RecordExists };
        await inner.ClearStateAsync(stateName, grainId, stored).ConfigureAwait(false);
        grainState.ETag = stored.ETag;
        grainState.RecordExists = stored.RecordExists;
    }

    /// <summary>A state's JSON as the inner storage holds it.</summary>
    public sealed class StoredJson
    {
        public byte[] Bytes { get; set; } = [];
    }

    /// <summary>The inner storage's serializer: a <see cref="StoredJson"/>'s bytes as they are.</summary>
    public sealed class Serializer : IGrainStorageSerializer
    {
        public BinaryData Serialize<T>(T? input) =>
            input is StoredJson stored ? new BinaryData(stored.Bytes) : throw new NotSupportedException("only JSON already made is stored");

        public T Deserialize<T>(BinaryData input)
        {
            ArgumentNullException.ThrowIfNull(input);
            return typeof(T) == typeof(StoredJson)
                ? (T)(object)new StoredJson { Bytes = input.ToArray() }
                : throw new NotSupportedException("only JSON already made is stored");
        }
    }
}

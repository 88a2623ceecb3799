using System.Globalization;
using Orleans.Storage;

namespace Mocean.OceanHosting.Tests;

/// <summary>Grain states in memory, with versions, counting what it is asked to write; it can fail after some writes.</summary>
public sealed class CountingGrainStorage : IGrainStorage
{
    private readonly Dictionary<(string, GrainId), (byte[] Bytes, int Version)> rows = [];

    public List<(string State, int Bytes)> Writes { get; } = [];

    public int? FailAfter { get; set; }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var found = rows.TryGetValue((stateName, grainId), out var row);
        grainState.State = found ? (T)(object)row.Bytes : default!;
        grainState.ETag = found ? row.Version.ToString(CultureInfo.InvariantCulture) : null;
        grainState.RecordExists = found;
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (FailAfter is { } left)
        {
            FailAfter = left > 0 ? left - 1 : throw new IOException("the store went away");
        }

        var bytes = (byte[])(object)grainState.State!;
        var version = rows.TryGetValue((stateName, grainId), out var row) ? row.Version : 0;
        if (grainState.ETag != (version == 0 ? null : version.ToString(CultureInfo.InvariantCulture)))
        {
            throw new InconsistentStateException("written elsewhere");
        }

        rows[(stateName, grainId)] = (bytes, version + 1);
        grainState.ETag = (version + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
        Writes.Add((stateName, bytes.Length));
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => throw new NotSupportedException();
}

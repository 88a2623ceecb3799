using System.Collections.Immutable;
using Mocean.Grains;

namespace Mocean.Server.Grains;

/// <summary>The teacher's operations on one ocean and the live map's view of it.</summary>
public sealed partial class OceanGrain
{
    public async Task<ulong> Reset(ulong? seed)
    {
        ocean.Reset(seed);
        joined = joined.Clear();
        persisted.Changed();
        await grains.GetGrain<IOceanRegistryGrain>(IOceanRegistryGrain.Key).Put(Key, ocean.Seed);
        var released = await grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key).ReleaseOcean(Key);
        foreach (var entry in released)
        {
            locator.Forget(entry.Id);
        }

        return ocean.Seed;
    }

    public async Task<OceanResult<string>> Remove(string name)
    {
        var result = await Change(() =>
        {
            ocean.RemovePlayer(name);
            return name;
        });
        if (result.Fault is null && await grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key).ReleaseName(Key, name) is { } entry)
        {
            locator.Forget(entry.Id);
            return OceanResult<string>.Ok(entry.Name);
        }

        return result;
    }

    public Task<OceanResult<int>> Broadcast(string line) => Change(() => ocean.Broadcast(line));

    public Task Pause()
    {
        ocean.Pause();
        persisted.Changed();
        return Task.CompletedTask;
    }

    public Task Resume()
    {
        ocean.Resume();
        persisted.Changed();
        return Task.CompletedTask;
    }

    public Task<OceanResult<string>> Give(string name, string item) => Change(() => ocean.GiveItem(name, item));

    public Task<OceanResult<string>> Mute(string name, bool muted) => Change(() =>
    {
        ocean.Mute(name, muted);
        return name;
    });

    public Task<ImmutableArray<ChatLine>> ChatLog() =>
        Task.FromResult(ocean.ChatLog().Select(c => new ChatLine(c.At, c.From, c.To, c.Text)).ToImmutableArray());

    public Task<LiveView> GetView(long afterSeq)
    {
        var view = ocean.View();
        return Task.FromResult(new LiveView(
            Key,
            ocean.Seed,
            view.At,
            view.Paused,
            view.Bloom,
            [.. view.Players.Select(p => new PlayerMarker(p.Name, p.X, p.Y, p.Z, p.Heading, p.Speed, p.Whale))],
            [.. view.Whales.Select(w => new WhaleMarker(w.Name, w.X, w.Y))],
            [.. view.Treasures.Select(t => new TreasureMarker(t.Name, t.Seamount, t.X, t.Y, t.Z))],
            [.. ocean.Events(afterSeq).Select(e => new OceanNews(e.Seq, e.At, e.Kind.ToString(), e.Player, e.Detail))],
            ocean.LastEventSeq));
    }
}

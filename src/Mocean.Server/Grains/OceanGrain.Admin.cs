using System.Collections.Immutable;
using Mocean.Grains;
using Mocean.Server.Ocean;
using Sea = Mocean.Ocean.Ocean;

namespace Mocean.Server.Grains;

/// <summary>The teacher's operations on one ocean and the live map's view of it.</summary>
public sealed partial class OceanGrain
{
    public async Task<ulong> Reset(ulong? seed)
    {
        var used = cell.Do(sea =>
        {
            sea.Reset(seed);
            joined = joined.Clear();
            return sea.Seed;
        });
        await grains.GetGrain<IOceanRegistryGrain>(IOceanRegistryGrain.Key).Put(Key, used);
        var released = await grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key).ReleaseOcean(Key);
        foreach (var entry in released)
        {
            locator.Forget(entry.Id);
        }

        return used;
    }

    public async Task<OceanResult<string>> Remove(string name)
    {
        var result = cell.Change(sea => OceanCommands.Run(() =>
        {
            sea.RemovePlayer(name);
            return name;
        }));
        if (result.Fault is null && await grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key).ReleaseName(Key, name) is { } entry)
        {
            locator.Forget(entry.Id);
            return OceanResult<string>.Ok(entry.Name);
        }

        return result;
    }

    public Task<OceanResult<int>> Broadcast(string line) => Change(sea => OceanCommands.Run(() => sea.Broadcast(line)));

    public Task Pause()
    {
        cell.Do(sea =>
        {
            sea.Pause();
            return true;
        });
        return Task.CompletedTask;
    }

    public Task Resume()
    {
        cell.Do(sea =>
        {
            sea.Resume();
            return true;
        });
        return Task.CompletedTask;
    }

    public Task<OceanResult<string>> Give(string name, string item) => Change(sea => OceanCommands.Run(() => sea.GiveItem(name, item)));

    public Task<OceanResult<string>> Mute(string name, bool muted) => Change(sea => OceanCommands.Run(() =>
    {
        sea.Mute(name, muted);
        return name;
    }));

    public Task<ImmutableArray<ChatLine>> ChatLog() =>
        Task.FromResult(cell.Read(sea => sea.ChatLog().Select(c => new ChatLine(c.At, c.From, c.To, c.Text)).ToImmutableArray()));

    public Task<LiveView> GetView(long afterSeq) => Task.FromResult(cell.Read(sea => View(Key, sea, afterSeq)));

    /// <summary>The live map's view of an ocean and its news after <paramref name="afterSeq"/>.</summary>
    public static LiveView View(string key, Sea sea, long afterSeq)
    {
        var view = sea.View();
        return new LiveView(
            key,
            sea.Seed,
            view.At,
            view.Paused,
            view.Bloom,
            [.. view.Players.Select(p => new PlayerMarker(p.Name, p.X, p.Y, p.Z, p.Heading, p.Speed, p.Whale))],
            [.. view.Whales.Select(w => new WhaleMarker(w.Name, w.X, w.Y))],
            [.. view.Treasures.Select(t => new TreasureMarker(t.Name, t.Seamount, t.X, t.Y, t.Z))],
            [.. sea.Events(afterSeq).Select(e => new OceanNews(e.Seq, e.At, e.Kind.ToString(), e.Player, e.Detail))],
            sea.LastEventSeq);
    }
}

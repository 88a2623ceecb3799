using Mocean.Ocean;
using Mocean.Grains;
using Mocean.Ocean.Commands;

namespace Mocean.OceanHosting;

/// <summary>The teacher's operations that also change the registry or the directory, and the live map's view.</summary>
public sealed partial class OceanGrain
{
    public async Task<ulong> Reset(ulong? seed)
    {
        var used = cell.Execute(new Teacher.Reset(seed)).Value;
        await grains.GetGrain<IOceanRegistryGrain>(IOceanRegistryGrain.Key).Put(Key, used);
        var released = await grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key).ReleaseOcean(Key);
        foreach (var entry in released)
        {
            locator.Forget(entry.Id);
        }

        return used;
    }

    public async Task<Outcome<string>> Remove(string name)
    {
        // The id of the player removed, read under the same lock as the removal: the ocean alone knows which id a name had.
        var (id, outcome) = cell.Read(sea => (sea.Roster().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Id, cell.Execute(new Teacher.Remove(name))));
        if (outcome.Refusal is null && id is not null && await grains.GetGrain<IPlayerDirectoryGrain>(IPlayerDirectoryGrain.Key).Release(id) is { } entry)
        {
            locator.Forget(entry.Id);
            return Outcome<string>.Done(entry.Name);
        }

        return outcome;
    }

    public Task<LiveView> GetView(long afterSeq, bool teacher) => Task.FromResult(cell.Read(sea => View(Key, sea, afterSeq, teacher)));

    /// <summary>The live map's view of an ocean and its news after <paramref name="afterSeq"/>, the round as the teacher or anyone sees it.</summary>
    public static LiveView View(string key, OceanGame sea, long afterSeq, bool teacher)
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
            sea.LastEventSeq,
            sea.RoundWatch(teacher));
    }
}

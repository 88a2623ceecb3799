using Mocean.OceanHosting;

namespace Mocean.Server.Live;

/// <summary>
/// The live map's read of an ocean: from its cell where its grain is active in this process, else one
/// <c>GetView(afterSeq, teacher)</c> call to the grain (neither is a player's access); an ocean that does not exist
/// is never activated by a viewer.
/// </summary>
public sealed class GrainOceanWatch(OceanLocator oceans) : IOceanWatch
{
    public async Task<LiveFrame?> WatchAsync(string ocean, long afterSeq, bool teacher, CancellationToken cancellationToken)
    {
        if (!await oceans.Exists(ocean).ConfigureAwait(false))
        {
            return null;
        }

        // Where the ocean's grain is active in this process, the view is read from its cell: no grain call per viewer.
        var view = oceans.Local(ocean) is { } cell && cell.TryRead(sea => OceanGrain.View(ocean, sea, afterSeq, teacher), out var here)
            ? here
            : await oceans.Ocean(ocean).GetView(afterSeq, teacher).WaitAsync(cancellationToken).ConfigureAwait(false);
        return new LiveFrame(view.Ocean, view.Seed, view.At, view.Paused, view.Bloom,
            [.. view.Players.Select(p => new LivePlayer(p.Name, p.X, p.Y, p.Z, p.Heading, p.Speed, p.Whale))],
            [.. view.Whales.Select(w => new LiveWhale(w.Name, w.X, w.Y))],
            [.. view.Treasures.Select(t => new LiveTreasure(t.Name, t.Seamount, t.X, t.Y, t.Z))],
            [.. view.Events.Select(e => new LiveEvent(e.Seq, e.At, e.Kind, e.Player, e.Detail))],
            view.LastSeq,
            view.Round);
    }
}

using Microsoft.Extensions.Options;
using Mocean.Ocean;
using Mocean.Ocean.World;
using Mocean.Server.Hosting;

namespace Mocean.Server.Live;

/// <summary>
/// Until the ocean grain's view is on main: the world of <c>main</c> as its seed makes it (floor, whales at
/// their starts, treasures) with no players. Replaced by the grain's view when it lands.
/// </summary>
public sealed class WorldOnlyWatch(IOptions<MoceanOptions> options, TimeProvider clock) : IOceanWatch
{
    private readonly OceanWorld world = OceanWorld.Generate(unchecked((ulong)(options.Value.Seed ?? 1)), OceanSettings.Default);

    public Task<LiveFrame?> WatchAsync(string ocean, long afterSeq, CancellationToken cancellationToken)
    {
        if (!string.Equals(ocean, "main", StringComparison.Ordinal))
        {
            return Task.FromResult<LiveFrame?>(null);
        }

        return Task.FromResult<LiveFrame?>(new LiveFrame(ocean, world.Seed, clock.GetUtcNow(), Paused: false, Bloom: false,
            Players: [],
            Whales: [.. world.Whales.Select(w => new LiveWhale(w.Name, w.X, w.Y))],
            Treasures: [.. world.Treasures.Select(t => new LiveTreasure(t.Name, world.Floor.Nearest(t.X, t.Y).Name, t.X, t.Y, t.Z))],
            Events: [],
            LastSeq: 0));
    }
}

namespace Mocean.Ocean.World;

/// <summary>A treasure's fixed place: on the floor at its seamount's peak.</summary>
public sealed record TreasureSpot(int Index, string Name, double X, double Y, double Z)
{
    public bool IsPile => Name == Items.ItemNames.IronDust;
}

/// <summary>Where and how a whale starts: at the surface, drifting along its heading.</summary>
public sealed record WhaleStart(int Index, string Name, double X, double Y, double Heading);

/// <summary>Everything the seed decides. Regenerated from seed and settings, never stored.</summary>
public sealed record OceanWorld(
    ulong Seed,
    OceanRules Settings,
    SeaFloor Floor,
    IReadOnlyList<TreasureSpot> Treasures,
    IReadOnlyList<WhaleStart> Whales)
{
    /// <summary>
    /// Generates a world. The order of draws is fixed and part of the format (the golden world
    /// file pins it): for each seamount in name order x, y (integers), σ, A; then for each whale in
    /// name order x, y, heading.
    /// </summary>
    public static OceanWorld Generate(ulong seed, OceanRules settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            throw new OceanException(OceanError.BadArgument, $"these settings do not make an ocean: {string.Join("; ", problems)}");
        }
        var rng = new SplitMix64(seed);
        var seamounts = new List<Seamount>(settings.SeamountNames.Count);
        for (var i = 0; i < settings.SeamountNames.Count; i++)
        {
            var x = rng.NextInt(settings.SeamountCentreMin, settings.SeamountCentreMax);
            var y = rng.NextInt(settings.SeamountCentreMin, settings.SeamountCentreMax);
            var sigma = settings.SeamountSigmaMin + (rng.NextDouble() * settings.SeamountSigmaSpread);
            var height = settings.SeamountHeightMin + (rng.NextDouble() * settings.SeamountHeightSpread);
            seamounts.Add(new Seamount(i, settings.SeamountNames[i], x, y, sigma, height));
        }
        var whales = new List<WhaleStart>(settings.WhaleNames.Count);
        for (var i = 0; i < settings.WhaleNames.Count; i++)
        {
            var x = rng.NextDouble() * settings.Width;
            var y = rng.NextDouble() * settings.Height;
            var heading = Heading.Normalize((rng.NextDouble() * 2 * Math.PI) - Math.PI);
            whales.Add(new WhaleStart(i, settings.WhaleNames[i], x, y, heading));
        }
        return Build(seed, settings, seamounts, whales);
    }

    /// <summary>A world with given seamounts and whales (tests that need a known geometry).</summary>
    internal static OceanWorld Build(ulong seed, OceanRules settings, IReadOnlyList<Seamount> seamounts, IReadOnlyList<WhaleStart> whales)
    {
        var floor = new SeaFloor(settings, seamounts);
        var treasures = settings.TreasureNames
            .Select((name, i) => new TreasureSpot(i, name, seamounts[i].X, seamounts[i].Y, floor.DepthAt(seamounts[i].X, seamounts[i].Y)))
            .ToList();
        return new OceanWorld(seed, settings, floor, treasures, whales);
    }
}

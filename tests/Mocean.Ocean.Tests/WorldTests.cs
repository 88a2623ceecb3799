using Mocean.Ocean.World;

namespace Mocean.Ocean.Tests;

public class WorldTests
{
    private static readonly OceanRules Flat = OceanRules.Default;

    [Fact]
    public void SplitMix64MatchesTheReferenceSequence()
    {
        // The reference implementation's first outputs for seed 1234567.
        var rng = new SplitMix64(1234567);
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        Assert.Equal(expected, expected.Select(_ => rng.NextUInt64()).ToArray());
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(42UL)]
    [InlineData(ulong.MaxValue)]
    public void TheSameSeedGivesTheSameWorld(ulong seed) =>
        Assert.Equal(Golden.Describe(OceanWorld.Generate(seed, Flat)), Golden.Describe(OceanWorld.Generate(seed, Flat)));

    [Fact]
    public void DifferentSeedsGiveDifferentWorlds() =>
        Assert.NotEqual(Golden.Describe(OceanWorld.Generate(1, Flat)), Golden.Describe(OceanWorld.Generate(2, Flat)));

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    [InlineData(20261128UL)]
    public void GeneratedWorldMatchesTheGoldenFile(ulong seed)
    {
        var expected = File.ReadAllText(Golden.PathOf(seed)).ReplaceLineEndings("\n").TrimEnd();
        Assert.Equal(expected, Golden.Describe(OceanWorld.Generate(seed, Flat)).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(99UL)]
    [InlineData(123456789UL)]
    public void SeamountsHaveIntegerCentresAndSizesInRange(ulong seed)
    {
        var world = OceanWorld.Generate(seed, Flat);
        Assert.Equal(Flat.SeamountNames, world.Floor.Seamounts.Select(s => s.Name));
        Assert.All(world.Floor.Seamounts, s =>
        {
            Assert.InRange(s.X, 60, 839);
            Assert.InRange(s.Y, 60, 839);
            Assert.InRange(s.Sigma, 10, 40);
            Assert.InRange(s.Height, 10, 25);
        });
        Assert.Equal(Flat.WhaleNames, world.Whales.Select(w => w.Name));
        Assert.All(world.Whales, w =>
        {
            Assert.InRange(w.X, 0, 899.999);
            Assert.InRange(w.Y, 0, 899.999);
            Assert.InRange(w.Heading, -Math.PI, Math.PI);
        });
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    public void TreasuresLieOnTheFloorAtThePeaksInTheSpecOrder(ulong seed)
    {
        var world = OceanWorld.Generate(seed, Flat);
        Assert.Equal(Flat.TreasureNames, world.Treasures.Select(t => t.Name));
        Assert.All(world.Treasures, t =>
        {
            var mount = world.Floor.Seamounts[t.Index];
            Assert.Equal((mount.X, mount.Y), (t.X, t.Y));
            Assert.Equal(world.Floor.DepthAt(mount.X, mount.Y), t.Z);
        });
    }

    [Fact]
    public void OnlyIronDustIsAPile() =>
        Assert.Equal(
            ["iron dust", "iron dust"],
            OceanWorld.Generate(3, Flat).Treasures.Where(t => t.IsPile).Select(t => t.Name));

    [Fact]
    public void DefaultSettingsHaveNoProblems() => Assert.Empty(OceanRules.Default.Problems());

    public static TheoryData<OceanRules> Unplayable() =>
    [
        Flat with { Width = 0 },
        Flat with { Height = double.NaN },
        Flat with { SeamountNames = [] },
        Flat with { TreasureNames = [.. Flat.TreasureNames, "gold"] },
        Flat with { SeamountCentreMin = 900, SeamountCentreMax = 10 },
        Flat with { SeamountSigmaMin = 0 },
        Flat with { SurfaceTopSpeed = -1 },
        Flat with { SlowDownFactor = 1.5 },
        Flat with { IdleLimit = TimeSpan.Zero },
        Flat with { MessageMaxLength = 0 },
    ];

    [Theory]
    [MemberData(nameof(Unplayable))]
    public void UnplayableSettingsAreABadArgument(OceanRules settings)
    {
        Assert.NotEmpty(settings.Problems());
        Assert.Equal(OceanError.BadArgument, Assert.Throws<OceanException>(() => OceanWorld.Generate(1, settings)).Error);
    }
}

using Mocean.Ocean.World;

namespace Mocean.Ocean.Tests;

public class SeaFloorTests
{
    private static readonly OceanRules Settings = OceanRules.Default;

    private static SeaFloor Floor(params (int X, int Y, double Sigma, double Height)[] mounts) =>
        new(Settings, [.. mounts.Select((m, i) => new Seamount(i, $"m{i}", m.X, m.Y, m.Sigma, m.Height))]);

    [Theory]
    [InlineData(200, 300, 50)] // rectangle 1: 140..260 x 290..315
    [InlineData(263, 330, 50)] // rectangle 2: 260..266 x 290..360
    [InlineData(300, 362, 50)] // rectangle 3: 260..330 x 360..365
    [InlineData(334, 400, 50)] // rectangle 4: 330..338 x 360..450
    [InlineData(400, 452, 50)] // rectangle 5: 330..410 x 450..455
    [InlineData(140, 300, 30)] // borders are open
    [InlineData(200, 290, 30)]
    [InlineData(200, 315, 30)]
    [InlineData(410, 452, 30)]
    [InlineData(260, 300, 30)] // the seam between rectangles 1 and 2 is a border of both
    [InlineData(139.9, 300, 30)]
    [InlineData(140.1, 300, 50)]
    [InlineData(600, 100, 30)]
    public void TrenchIsFiveOpenRectangles(double x, double y, double depth) =>
        Assert.Equal(depth, Floor((800, 800, 10, 10)).DepthAt(x, y));

    [Fact]
    public void TrenchWinsOverASeamount()
    {
        var floor = Floor((200, 300, 30, 20));
        Assert.Equal(50, floor.DepthAt(200, 300));
        Assert.True(floor.DepthAt(200, 320) < 30);
    }

    [Theory]
    [InlineData(20, 10)]
    [InlineData(10, 20)]
    [InlineData(25, 5)]
    [InlineData(30, 0)]
    [InlineData(45, 0)] // the floor never rises above the surface: an island
    public void SeamountPeakIsTheFloorMinusItsHeight(double height, double peak) =>
        Assert.Equal(peak, Floor((600, 600, 20, height)).DepthAt(600, 600), 9);

    [Fact]
    public void SeamountsAddUp()
    {
        var floor = Floor((600, 600, 20, 10), (620, 600, 20, 10));
        var one = 10 * Math.Exp(-0.5);
        Assert.Equal(30 - 10 - one, floor.DepthAt(600, 600), 9);
    }

    [Theory]
    [InlineData(630, 600, 30 - (20 * 0.32465246735834974))] // r = 1.5σ
    [InlineData(659.9, 600, 29.77446506878944)] // just within 3σ: 30 - 20·exp(-½·2.995²)
    [InlineData(660.1, 600, 30)] // beyond 3σ: no rise
    public void SeamountIsGaussianWithinThreeSigma(double x, double y, double depth) =>
        Assert.Equal(depth, Floor((600, 600, 20, 20)).DepthAt(x, y), 6);

    [Fact]
    public void SeamountRaisesTheFloorAcrossTheEdge()
    {
        var floor = Floor((60, 450, 30, 20));
        Assert.Equal(30 - (20 * Math.Exp(-0.5 * (70.0 / 30) * (70.0 / 30))), floor.DepthAt(890, 450), 9);
        Assert.Equal(floor.DepthAt(30, 450), floor.DepthAt(90, 450), 9);
    }

    [Theory]
    [InlineData(850, 450, "m0")] // 150 across the east edge, 350 the long way to m1
    [InlineData(320, 450, "m1")]
    [InlineData(100, 880, "m0")]
    [InlineData(300, 450, "m0")] // a tie goes to the first
    [InlineData(500, 20, "m1")]
    public void NearestSeamountIsMeasuredTheShortWayRound(double x, double y, string name) =>
        Assert.Equal(name, Floor((100, 450, 10, 10), (500, 450, 10, 10)).Nearest(x, y).Name);

    [Theory]
    [InlineData(0, 0, 1, 1, 1.4142135623730951)]
    [InlineData(899, 450, 1, 450, 2)]
    [InlineData(450, 899, 450, 1, 2)]
    [InlineData(0, 0, 450, 0, 450)]
    public void TorusDistanceIsTheShortWayRound(double x1, double y1, double x2, double y2, double d) =>
        Assert.Equal(d, Torus.Of(Settings).Distance2D(x1, y1, x2, y2), 9);

    [Theory]
    [InlineData(900, 0)]
    [InlineData(-1, 899)]
    [InlineData(1801.5, 1.5)]
    [InlineData(-0.0, 0)]
    public void WrapBringsYouInAtTheOppositeEdge(double x, double wrapped) =>
        Assert.Equal(wrapped, Torus.Of(Settings).WrapX(x));

    [Theory]
    [InlineData(Math.PI, Math.PI)]
    [InlineData(-Math.PI, Math.PI)]
    [InlineData(3 * Math.PI / 2, -Math.PI / 2)]
    [InlineData(-3 * Math.PI / 2, Math.PI / 2)]
    [InlineData(0.5, 0.5)]
    public void HeadingsLieInMinusPiExclusiveToPiInclusive(double heading, double normal) =>
        Assert.Equal(normal, Heading.Normalize(heading), 12);
}

using System.Globalization;
using Mocean.Steps.Duck;

namespace Mocean.Steps.Tests;

public class DuckTests
{
    private static string Shown(DuckState s) => string.Create(CultureInfo.InvariantCulture, $"{s.R:F2},{s.A:F2},{s.B:F2}");

    [Theory]
    [InlineData(0, 0, 0, 40, 90, "40.00,90.00,90.00")] // the wolf could run further: he stops at the destination angle
    [InlineData(0, 0, 0, 10, 90, "10.00,90.00,45.84")] // 10 s: 40 m of shore = 0.8 rad
    [InlineData(0, 0, 0, 10, -90, "10.00,-90.00,-45.84")] // the other way round when that is shorter
    [InlineData(0, 0, 170, 1, -170, "1.00,-170.00,174.58")] // from 170 toward -170 the short way is through 180
    [InlineData(0, 0, -170, 1, 170, "1.00,170.00,-174.58")]
    [InlineData(40, 90, 0, 40, 90, "40.00,90.00,0.00")] // no distance, no time
    [InlineData(0, 0, 0, 60, 450, "50.00,90.00,90.00")] // radius clamped to 50, angle normalised
    [InlineData(-5, 0, 0, 0, 0, "0.00,0.00,0.00")]
    public void TheDuckSwimsStraightAndTheWolfRunsTheShortWayToHerDestination(
        double r, double a, double b, double rd, double ad, string expected) =>
        Assert.Equal(expected, Shown(DuckPond.Swim(new DuckState(r, a, b), rd, ad).State));

    [Fact]
    public void TheTimeTakenIsTheStraightLineDistance()
    {
        var move = DuckPond.Swim(new DuckState(30, 0, 0), 40, 90);
        Assert.Equal(50, move.Seconds, 9);
    }

    [Theory]
    [InlineData(40, 90, 0, "40.00,90.00,4.58")] // one second: 4 m of shore = 0.08 rad
    [InlineData(40, 90, 88, "40.00,90.00,90.00")] // close enough: he stops at her angle
    [InlineData(40, -90, 0, "40.00,-90.00,-4.58")]
    public void SittingStillLetsTheWolfRunOneSecondTowardTheDuck(double r, double a, double b, string expected)
    {
        var move = DuckPond.SitStill(new DuckState(r, a, b));
        Assert.Equal(expected, Shown(move.State));
        Assert.Equal(1, move.Seconds);
        Assert.Equal(DuckEnding.None, move.Ending);
    }

    [Theory]
    [InlineData(180, 180)]
    [InlineData(-180, 180)]
    [InlineData(540, 180)]
    [InlineData(190, -170)]
    [InlineData(-190, 170)]
    [InlineData(720, 0)]
    [InlineData(-0.0, 0)]
    public void AnglesAreNormalisedIntoTheHalfOpenCircle(double angle, double expected) =>
        Assert.Equal(expected, DuckPond.Normalize(angle));

    [Fact]
    public void NegativeZeroNeverReachesAReply()
    {
        var state = DuckPond.Tidy(new DuckState(-0.0, -0.0, -360));
        Assert.False(double.IsNegative(state.R));
        Assert.False(double.IsNegative(state.A));
        Assert.False(double.IsNegative(state.B));
    }

    [Fact]
    public void DashingFromTheInnerCircleWithTheWolfOppositeEscapes()
    {
        var move = DuckPond.Swim(new DuckState(12, 0, 180), 50, 0);
        Assert.Equal(DuckEnding.Escaped, move.Ending);
        Assert.Equal(50, move.State.R);
    }

    [Theory]
    [InlineData(0, 0, 0, 50, 0)] // straight into his jaws
    [InlineData(0, 0, 0, 50, 90)] // he gets there first and waits
    [InlineData(10, 0, 180, 50, 0)] // too far out for the dash: 40 m is 160 m of shore
    public void ReachingTheShoreWhereTheWolfWaitsIsALoss(double r, double a, double b, double rd, double ad)
    {
        var move = DuckPond.Swim(new DuckState(r, a, b), rd, ad);
        Assert.Equal(DuckEnding.Eaten, move.Ending);
        Assert.Equal(move.State.A, move.State.B);
    }

    [Fact]
    public void AGameCountsMovesAndStopsWhenOver()
    {
        var game = DuckGame.New.Swim(12, 0);
        Assert.Equal(1, game.Moves);
        game = (game with { State = game.State with { B = 180 } }).Swim(50, 0);
        Assert.Equal(DuckEnding.Escaped, game.Ending);
        Assert.Equal(2, game.Moves);
        Assert.Same(game, game.Swim(0, 0));
    }

    [Fact]
    public void AGameIsLostToTheWolf()
    {
        var game = DuckGame.New.Swim(50, 0);
        Assert.Equal(DuckEnding.Eaten, game.Ending);
        Assert.True(game.IsOver);
        Assert.Same(game, game.Swim(10, 10));
    }

    [Fact]
    public void CirclingInsideTheInnerRadiusThenDashingWinsAGame()
    {
        var game = DuckGame.New.Swim(11.5, 180);
        for (var i = 0; i < 500 && Math.Abs(DuckPond.Normalize(game.State.A - game.State.B)) < 178; i++)
        {
            var gap = DuckPond.Normalize(game.State.A - game.State.B);
            game = game.Swim(11.5, game.State.A + Math.CopySign(Math.Min(30, 180 - Math.Abs(gap)), gap));
        }

        game = game.Swim(50, game.State.A);
        Assert.Equal(DuckEnding.Escaped, game.Ending);
    }

    [Theory]
    [InlineData("40,90,0", 40, 90, 0)]
    [InlineData("40; 90 ,0", 40, 90, 0)]
    [InlineData(" 1.5 ;-2.5; 3e1 ", 1.5, -2.5, 30)]
    public void LocationsAcceptCommasOrSemicolonsWithSpaces(string text, double r, double a, double b) =>
        Assert.Equal(new DuckState(r, a, b), DuckInput.Location(text));

    [Theory]
    [InlineData("40,90")]
    [InlineData("a,b,c")]
    [InlineData("40,90,0,1")]
    [InlineData("40 90 0")]
    [InlineData("NaN,0,0")]
    [InlineData("")]
    public void UnreadableLocationsAreRefusedWithAnExample(string text)
    {
        var problem = Assert.Throws<DuckInputException>(() => DuckInput.Location(text));
        Assert.Contains(DuckInput.LocationExample, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableDestinationsAreRefusedWithAnExample() =>
        Assert.Contains(DuckInput.DestinationExample, Assert.Throws<DuckInputException>(() => DuckInput.Destination("north")).Message, StringComparison.Ordinal);
}

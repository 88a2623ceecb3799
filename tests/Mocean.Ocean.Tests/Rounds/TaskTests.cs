using Mocean.Ocean.Rounds;

namespace Mocean.Ocean.Tests.Rounds;

public class TaskTests
{
    [Fact]
    public void TasksAreFindFirstThenSonarSampleMeasureInTurn()
    {
        var play = new Play(players: 4, settings: RoundSettings.Default with { Tasks = 7 });
        Assert.Equal(["find", "sonar", "sample", "measure", "sonar", "sample", "measure"], play.Ocean.Tasks(play["Bob"]).Select(t => t.Kind));
        var find = play.Ocean.Tasks(play["Bob"])[0];
        Assert.Equal(new TaskLine(1, "find", null, null, null, false, ""), find); // the city is not given
        var measure = play.Ocean.Tasks(play["Bob"])[3];
        Assert.Contains(measure.Detail, new[] { "2022-01-05T21:10:00Z", "2022-01-05T21:11:00Z" });
        Assert.Equal(0, measure.Z);
    }

    [Fact]
    public void WithoutDataMeasureIsLeftOutOfTheTurn()
    {
        var play = new Play(players: 4, data: false);
        Assert.Equal(["find", "sonar", "sample", "sonar", "sample"], play.Ocean.Tasks(play["Bob"]).Select(t => t.Kind));
    }

    [Fact]
    public void SonarPointsLieInOpenWaterAndSamplesOnThePeak()
    {
        var play = new Play(players: 8, settings: RoundSettings.Default with { Tasks = 9 });
        var floor = RoundDeal.FloorOf(play.Round, play.Ocean.World);
        foreach (var t in play.Round.Players.SelectMany(p => p.Tasks))
        {
            Assert.True(t.Z >= 0 && t.Z <= floor.DepthAt(t.X, t.Y), $"{t} is not in open water");
            if (t.Kind == TaskKind.Sample)
            {
                Assert.Equal((700.0, 700.0, 20.0), (t.X, t.Y, t.Z)); // the test sea's one seamount: 30 - 10
            }
        }
    }

    [Theory]
    [InlineData(9.9, 0, true)]
    [InlineData(10, 0, true)]
    [InlineData(10.1, 0, false)]
    [InlineData(0, 10, true)] // straight down 10
    [InlineData(0, 15, false)]
    [InlineData(6, 10, false)] // 6 across and 10 down: 11.7 away
    [InlineData(6, 5, true)] // 6 across and 5 down: 7.8 away
    public void ATaskCountsWithinReachInThreeD(double across, double depth, bool done)
    {
        var play = new Play(players: 4);
        var t = play.Task("Bob", TaskKind.Measure); // a point at the surface
        play.Put("Bob", t.X + across, t.Y, depth);
        if (done)
        {
            Assert.Equal($"task {t.N} done: 1 of 15 crew tasks done", play.Ocean.DoTask(play["Bob"], t.N, t.Temp).Text);
        }
        else
        {
            var (error, line) = Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, t.Temp));
            Assert.Equal(OceanError.RoundRefused, error);
            var parts = line.Split(' ');
            Assert.Equal($"task {t.N} is", string.Join(' ', parts[..3]));
            Assert.Equal(Math.Sqrt((across * across) + (depth * depth)), double.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), 9);
            Assert.EndsWith($" m away (3-D): come within 10 m of {t.X},{t.Y},0", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheBoatHookReachesThirtyFive()
    {
        var play = new Play(players: 4);
        var t = play.Task("Bob", TaskKind.Measure);
        play.Put("Bob", t.X + 30, t.Y);
        Assert.Equal(OceanError.RoundRefused, Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, t.Temp)).Error);
        play.Ocean.GiveItem("Bob", "boat hook");
        Assert.Equal($"task {t.N} done: 1 of 15 crew tasks done", play.Ocean.DoTask(play["Bob"], t.N, t.Temp).Text);
    }

    [Fact]
    public void ASampleCountsOnlyOnTheFloor()
    {
        var play = new Play(players: 4);
        var t = play.Task("Bob", TaskKind.Sample);
        play.Put("Bob", 700, 700, 15); // 5 above the peak (20 m): in reach, not on the floor
        Assert.Equal(
            (OceanError.RoundRefused, $"task {t.N} is a sample of the floor: sink to it (ping says how deep the floor is here)"),
            Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, null)));
        play.ToFloor("Bob");
        Assert.Equal($"task {t.N} done: 1 of 15 crew tasks done", play.Ocean.DoTask(play["Bob"], t.N, null).Text);
        Assert.Equal((OceanError.RoundRefused, $"task {t.N} is done already: tasks shows the ones left"), Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, null)));
        Assert.True(play.Ocean.Tasks(play["Bob"])[t.N - 1].Done);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(0.0009, true)]
    [InlineData(-0.0009, true)]
    [InlineData(0.0011, false)]
    [InlineData(-0.0011, false)]
    [InlineData(1, false)]
    public void TheMeasureAnswerIsTheTempWithinAThousandth(double off, bool right)
    {
        var play = new Play(players: 4);
        var t = play.Task("Bob", TaskKind.Measure);
        play.Put("Bob", t.X, t.Y);
        if (right)
        {
            Assert.Equal($"task {t.N} done: 1 of 15 crew tasks done", play.Ocean.DoTask(play["Bob"], t.N, t.Temp + off).Text);
        }
        else
        {
            Assert.Equal(
                (OceanError.RoundRefused, $"wrong answer: that is not the temp /api/sensors gives for {TaskLine.Minute(t.Minute!.Value)}"),
                Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, t.Temp + off)));
        }
    }

    [Fact]
    public void AMeasureWithoutAnAnswerSaysWhatToSend()
    {
        var play = new Play(players: 4);
        var t = play.Task("Bob", TaskKind.Measure);
        play.Put("Bob", t.X, t.Y);
        Assert.Equal(
            (OceanError.BadArgument, $"task {t.N} needs answer=the temp that /api/sensors gives for {TaskLine.Minute(t.Minute!.Value)}"),
            Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, null)));
    }

    [Fact]
    public void ThreeWrongAnswersMakeAPlayerWaitTenSeconds()
    {
        var play = new Play(players: 4);
        var t = play.Task("Bob", TaskKind.Measure);
        play.Put("Bob", t.X, t.Y);
        Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, 0));
        Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, 0));
        Assert.EndsWith("3 wrong answers, so wait 10 s before the next", Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, 0)).Line, StringComparison.Ordinal);
        play.Wait(3.5);
        Assert.Equal((OceanError.RoundRefused, "three wrong answers: wait 7 s before the next"), Play.Refusal(() => play.Ocean.DoTask(play["Bob"], t.N, t.Temp)));
        play.Wait(6.5);
        Assert.Equal($"task {t.N} done: 1 of 15 crew tasks done", play.Ocean.DoTask(play["Bob"], t.N, t.Temp).Text);
    }

    [Theory]
    [InlineData(0, false)] // at the surface above the centre: not on the floor
    [InlineData(30, true)] // 30 from the centre, on the floor: out of reach
    public void AFindRefusalSaysOnlyThatTheCityIsNotHere(double across, bool toFloor)
    {
        var play = new Play(players: 4);
        var city = play.Round.City;
        play.Put("Bob", city.X + across, city.Y);
        if (toFloor)
        {
            play.ToFloor("Bob");
        }
        Assert.Equal((OceanError.RoundRefused, "the lost city is not here"), Play.Refusal(() => play.Ocean.DoTask(play["Bob"], 1, null)));
    }

    [Fact]
    public void FindCountsOnTheFloorWithinReachOfTheCentre()
    {
        var play = new Play(players: 4);
        var city = play.Round.City;
        play.Put("Bob", city.X + 3, city.Y - 2);
        play.ToFloor("Bob");
        Assert.Equal("task 1 done: 1 of 15 crew tasks done", play.Ocean.DoTask(play["Bob"], 1, null).Text);
    }

    [Fact]
    public void AnImpostorsFakeTaskAnswersTheSameAndCountsForNothing()
    {
        var play = new Play(players: 4);
        Assert.Equal(5, play.Ocean.Tasks(play["Ann"]).Count);
        var t = play.Task("Ann", TaskKind.Sonar);
        play.Put("Ann", t.X, t.Y, Math.Floor(t.Z / 5) * 5);
        Assert.Equal($"task {t.N} done: 0 of 15 crew tasks done", play.Ocean.DoTask(play["Ann"], t.N, null).Text);
        Assert.True(play.Ocean.Tasks(play["Ann"])[t.N - 1].Done);
        Assert.Equal("play,900,0,15,4,0", play.Ocean.Round().Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void ATaskNumberOutsideTheListIsABadArgument(int n)
    {
        var play = new Play(players: 4);
        Assert.Equal((OceanError.BadArgument, "n must be 1 to 5: tasks lists yours"), Play.Refusal(() => play.Ocean.DoTask(play["Bob"], n, null)));
    }
}

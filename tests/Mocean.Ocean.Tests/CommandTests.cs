using Mocean.Ocean.Commands;

namespace Mocean.Ocean.Tests;

/// <summary>The engine's one entry: a command record in, its value or one refusal out, never an exception.</summary>
public class CommandTests
{
    [Fact]
    public void ACommandAnswersWhatItsEngineCallAnswers()
    {
        var sea = new Sea();
        var joined = sea.Ocean.Execute(new Player.Join("a", "Nemo"));
        Assert.Equal(Outcome<string>.Done("Nemo"), joined);

        var accel = sea.Ocean.Execute(new Player.Accel("a", "w")).Value!;
        Assert.Equal(sea.Ocean.Velocity("a").Heading, accel.Heading);
        Assert.Equal("Nemo", Assert.Single(sea.Ocean.Execute(new Player.Who()).Value));
        Assert.Equal("goodbye Nemo: your name is free again", sea.Ocean.Execute(new Player.Quit("a")).Value);
    }

    [Theory]
    [InlineData(OceanError.UnknownPlayer, RefusalKind.NotFound)]
    [InlineData(OceanError.UnknownName, RefusalKind.NotFound)]
    [InlineData(OceanError.NameInUse, RefusalKind.Conflict)]
    [InlineData(OceanError.IdInUse, RefusalKind.Conflict)]
    [InlineData(OceanError.Full, RefusalKind.Conflict)]
    [InlineData(OceanError.NameInvalid, RefusalKind.Invalid)]
    [InlineData(OceanError.NameBlocked, RefusalKind.Invalid)]
    [InlineData(OceanError.BadControl, RefusalKind.Invalid)]
    [InlineData(OceanError.BadArgument, RefusalKind.Invalid)]
    [InlineData(OceanError.UnknownItem, RefusalKind.Invalid)]
    public void EveryErrorHasTheKindItsStatusComesFrom(OceanError error, RefusalKind kind) =>
        Assert.Equal(kind, new Refusal(error, "line").Kind);

    [Fact]
    public void AJoinBeyondTheCapacityItCarriesIsRefusedAndTheOceanKeepsItsPlayers()
    {
        var sea = new Sea();
        Assert.Equal("A", sea.Ocean.Execute(new Player.Join("a", "A", Capacity: 2)).Value);
        Assert.Equal("B", sea.Ocean.Execute(new Player.Join("b", "B", Capacity: 2)).Value);

        var refused = sea.Ocean.Execute(new Player.Join("c", "C", Capacity: 2));

        Assert.Equal(new Refusal(OceanError.Full, "the ocean is full: it takes 2 players"), refused.Refusal);
        Assert.Equal(["A", "B"], sea.Ocean.Who());
        Assert.Equal("C", sea.Ocean.Execute(new Player.Join("c", "C")).Value);
        Assert.Equal("D", sea.Ocean.Execute(new Player.Join("d", "D", Capacity: 4)).Value);
    }

    [Fact]
    public void ARefusalComesBackWithItsErrorAndLine()
    {
        var sea = new Sea();
        sea.Ocean.Join("a", "Nemo");

        var unknown = sea.Ocean.Execute(new Player.Location("zz"));
        Assert.Null(unknown.Value);
        Assert.Equal(
            new Refusal(OceanError.UnknownPlayer, "no player has this id: join first (join?name=YOURNAME) and use the id it gives"),
            unknown.Refusal);

        var taken = sea.Ocean.Execute(new Player.Join("b", "NEMO")).Refusal!;
        Assert.Equal((OceanError.NameInUse, RefusalKind.Conflict), (taken.Error, taken.Kind));

        var control = sea.Ocean.Execute(new Player.Dive("a", "x")).Refusal!;
        Assert.Equal((OceanError.BadControl, RefusalKind.Invalid), (control.Error, control.Kind));

        var nobody = sea.Ocean.Execute(new Teacher.Give("Dory", "binoculars")).Refusal!;
        Assert.Equal((OceanError.UnknownName, RefusalKind.NotFound), (nobody.Error, nobody.Kind));
    }

    [Fact]
    public void OnlyReadsChangeNothing()
    {
        Assert.False(new Player.Who().Changes);
        Assert.False(new Teacher.ChatLog().Changes);
        Assert.True(new Player.Location("a").Changes);
        Assert.True(new Teacher.Pause().Changes);
    }

    [Fact]
    public void TheTeachersCommandsRunOnTheEngine()
    {
        var sea = new Sea();
        sea.Ocean.Join("a", "Nemo");

        Assert.True(sea.Ocean.Execute(new Teacher.Pause()).Value);
        Assert.True(sea.Ocean.Paused);
        Assert.False(sea.Ocean.Execute(new Teacher.Resume()).Value);
        Assert.Equal(1, sea.Ocean.Execute(new Teacher.Broadcast("hello class")).Value);
        Assert.Equal("Nemo", sea.Ocean.Execute(new Teacher.Mute("Nemo", true)).Value);
        Assert.True(sea.Ocean.IsMuted("Nemo"));
        Assert.Equal("Nemo", sea.Ocean.Execute(new Teacher.Remove("Nemo")).Value);
        Assert.Equal(0, sea.Ocean.PlayerCount);
        Assert.Equal(99UL, sea.Ocean.Execute(new Teacher.Reset(99)).Value);
    }
}

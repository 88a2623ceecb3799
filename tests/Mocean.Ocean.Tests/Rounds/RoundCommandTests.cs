using Microsoft.Extensions.DependencyInjection;
using Mocean.Ocean.Commands;
using Mocean.Ocean.Rounds;
using Orleans.Serialization;

namespace Mocean.Ocean.Tests.Rounds;

/// <summary>The round's commands through the engine's one entry, and their records as a grain call carries them.</summary>
public class RoundCommandTests
{
    [Theory]
    [InlineData(OceanError.RoundRefused, RefusalKind.Conflict)]
    [InlineData(OceanError.RoundForbidden, RefusalKind.Forbidden)]
    public void RoundRefusalsAreConflictsAndForbiddings(OceanError error, RefusalKind kind) =>
        Assert.Equal(kind, new Refusal(error, "line").Kind);

    [Fact]
    public void ARoundIsPlayedThroughCommands()
    {
        var play = new Play(players: 5, start: false);
        var ocean = play.Ocean;
        Assert.Equal("none,0,0,0,5,0", ocean.Execute(new Player.Round()).Value!.Text);
        Assert.Equal(new Refusal(OceanError.RoundRefused, RoundGuard.NoRound), ocean.Execute(new Player.Vote(play["Bob"], "skip")).Refusal);

        var started = ocean.Execute(new Teacher.StartRound(5, RoundSettings.Default, [.. Play.Temperatures])).Value!;
        Assert.Equal("play,900,0,20,5,0", started.Text);
        var impostor = ocean.Execute(new Teacher.Roles()).Value.Single(r => r.Role == "impostor").Name;
        var crew = play.Ids.Keys.First(n => n != impostor);
        Assert.Equal(new Refusal(OceanError.RoundForbidden, "you cannot tag"), ocean.Execute(new Player.Tag(play[crew], null)).Refusal);
        Assert.Equal(RefusalKind.Forbidden, ocean.Execute(new Player.Sabotage(play[crew], "storm")).Refusal!.Kind);
        Assert.Equal("crew,alive", ocean.Execute(new Player.Role(play[crew])).Value!.Text);
        Assert.Equal(5, ocean.Execute(new Player.Tasks(play[crew])).Value.Length);
        Assert.Equal(RefusalKind.Conflict, ocean.Execute(new Player.DoTask(play[crew], 1, null)).Refusal!.Kind);
        Assert.Equal("you called a meeting: 90 s to talk and vote", ocean.Execute(new Player.Meeting(play[crew])).Value);
        Assert.Equal("said", ocean.Execute(new Player.Say(play[crew], "who?")).Value);
        Assert.Equal(2, ocean.Execute(new Player.Hear(play[impostor], 0)).Value.Length);
        Assert.Equal("you voted", ocean.Execute(new Player.Vote(play[crew], "skip")).Value);
        Assert.Equal(RefusalKind.Conflict, ocean.Execute(new Player.Roles()).Refusal!.Kind);
        Assert.Equal(crew, ocean.Execute(new Teacher.RoundWatch(Teacher: false)).Value!.Meeting!.Caller);
        Assert.True(ocean.Execute(new Teacher.EndRound()).Value);
        Assert.Equal("none", ocean.Execute(new Player.Role(play[crew])).Value!.Text);
    }

    [Fact]
    public void ReadsChangeNothing()
    {
        Assert.False(new Player.Round().Changes);
        Assert.False(new Player.Roles().Changes);
        Assert.False(new Teacher.Roles().Changes);
        Assert.True(new Player.Hear("a", 0).Changes); // a player's request is their access
        Assert.True(new Teacher.StartRound(1, RoundSettings.Default, []).Changes);
    }

    [Fact]
    public void RoundCommandsAndAnswersTravelThroughOrleansSerializerUnchanged()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        T Copy<T>(T value) => serializer.Deserialize<T>(serializer.SerializeToArray(value))!;

        var start = new Teacher.StartRound(7, RoundSettings.Default with { Impostors = 2, Length = TimeSpan.FromMinutes(5), ConfirmEjects = false }, [.. Play.Temperatures]);
        var back = Copy(start);
        Assert.Equal((start.Seed, start.Settings), (back.Seed, back.Settings));
        Assert.Equal(start.Temperatures.ToArray(), back.Temperatures.ToArray());
        Assert.Equal(new Player.DoTask("abc", 4, 7.68), Copy(new Player.DoTask("abc", 4, 7.68)));
        Assert.Equal(new Player.Tag("abc", null), Copy(new Player.Tag("abc", null)));

        var play = new Play(players: 5);
        play.Ocean.CallMeeting(play["Bob"]);
        play.Ocean.Vote(play["Cara"], "Ann");
        var view = play.Ocean.RoundWatch(teacher: true)!;
        var viewBack = Copy(view);
        Assert.Equal(view.Status, viewBack.Status);
        Assert.Equal(view.Roles.ToArray(), viewBack.Roles.ToArray());
        Assert.Equal(view.Meeting!.Lines.ToArray(), viewBack.Meeting!.Lines.ToArray());
        Assert.Equal(view.Meeting.Votes.ToArray(), viewBack.Meeting.Votes.ToArray());
        Assert.Equal(play.Ocean.Role(play["Ann"]).Text, Copy(play.Ocean.Role(play["Ann"])).Text);
        Assert.Equal(play.Ocean.Tasks(play["Bob"]).ToArray(), Copy(play.Ocean.Execute(new Player.Tasks(play["Bob"]))).Value.ToArray());
    }
}

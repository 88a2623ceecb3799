using Mocean.Ocean.Chat;
using Mocean.Ocean.State;

namespace Mocean.Ocean.Tests;

public class PlayerTests
{
    [Theory]
    [InlineData("Nemo")]
    [InlineData("a")]
    [InlineData("Z9")]
    [InlineData("abcdefghij0123456789")]
    public void NamesOfLettersAndDigitsJoin(string name) => Assert.Equal(name, new Sea().Ocean.Join("x", name).Name);

    [Theory]
    [InlineData("")]
    [InlineData("abcdefghij01234567890")]
    [InlineData("Nemo Fish")]
    [InlineData("nemo_1")]
    [InlineData("Ñemo")]
    [InlineData("<b>")]
    public void OtherNamesAreInvalid(string name) =>
        Assert.Equal(OceanError.NameInvalid, Assert.Throws<OceanException>(() => new Sea().Ocean.Join("x", name)).Error);

    [Theory]
    [InlineData("Nemo", true)]
    [InlineData("abcdefghij0123456789", true)]
    [InlineData("abcdefghij01234567890", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Nemo Fish", false)]
    [InlineData("Ñemo", false)]
    public void TheNameRuleAHostAsksIsTheOneJoinKeeps(string? name, bool valid)
    {
        Assert.Equal(valid, OceanRules.Default.IsPlayerName(name));
        var joined = new Sea().Ocean.Execute(new Commands.Player.Join("x", name!));
        Assert.Equal(valid ? null : OceanError.NameInvalid, joined.Refusal?.Error);
    }

    [Theory]
    [InlineData("Nemo")]
    [InlineData("NEMO")]
    public void ANameInUseIsRefusedUntilItsPlayerQuits(string again)
    {
        var sea = new Sea();
        sea.Ocean.Join("a", "Nemo");
        Assert.Equal(OceanError.NameInUse, Assert.Throws<OceanException>(() => sea.Ocean.Join("b", again)).Error);
        Assert.Equal("goodbye Nemo: your name is free again", sea.Ocean.Quit("a"));
        Assert.Equal(again, sea.Ocean.Join("b", again).Name);
    }

    [Fact]
    public void AnIdInUseIsRefused()
    {
        var sea = new Sea();
        sea.Ocean.Join("a", "Nemo");
        Assert.Equal(OceanError.IdInUse, Assert.Throws<OceanException>(() => sea.Ocean.Join("a", "Dory")).Error);
    }

    [Fact]
    public void ABlockedNameIsRefused()
    {
        var sea = new Sea(blocked: new BlockedWords(["poop"]));
        Assert.Equal(OceanError.NameBlocked, Assert.Throws<OceanException>(() => sea.Ocean.Join("a", "BigPoop7")).Error);
    }

    [Fact]
    public void AnUnknownIdIsAnUnknownPlayer()
    {
        var sea = new Sea();
        sea.Ocean.Join("a", "Nemo");
        sea.Ocean.Quit("a");
        foreach (var call in new Action[] { () => sea.Ocean.Location("a"), () => sea.Ocean.Look("zz"), () => sea.Ocean.Quit("a"), () => sea.Ocean.PopChat("") })
        {
            Assert.Equal(OceanError.UnknownPlayer, Assert.Throws<OceanException>(call).Error);
        }
    }

    [Fact]
    public void WhoListsNamesInJoinOrder()
    {
        var sea = new Sea();
        Assert.Empty(sea.Ocean.Who());
        sea.Ocean.Join("1", "Nemo");
        sea.Ocean.Join("2", "Dory");
        sea.Ocean.Join("3", "Marlin");
        sea.Ocean.Quit("2");
        sea.Ocean.Join("4", "Dory");
        Assert.Equal(["Nemo", "Marlin", "Dory"], sea.Ocean.Who());
        Assert.Equal("Marlin", sea.Ocean.Name("3"));
    }

    [Fact]
    public void PlayersIdleLongerThanTheLimitAreRemoved()
    {
        var sea = new Sea();
        sea.Ocean.Join("a", "Nemo");
        sea.Ocean.Join("b", "Dory");
        sea.Wait(30 * 60);
        sea.Ocean.Velocity("b"); // any request counts
        sea.Wait((30 * 60) + 1);
        Assert.Equal(["Nemo"], sea.Ocean.IdlePlayers());
        Assert.Equal(["Nemo"], sea.Ocean.RemoveIdlePlayers());
        Assert.Equal(["Dory"], sea.Ocean.Who());
        Assert.False(sea.Ocean.NameInUse("Nemo"));
        var removed = sea.Ocean.Events()[^1];
        Assert.Equal((EventKind.Removed, "Nemo", "idle"), (removed.Kind, removed.Player, removed.Detail));
    }

    [Fact]
    public void AtTheIdleLimitExactlyAPlayerStays()
    {
        var sea = new Sea();
        sea.Ocean.Join("a", "Nemo");
        sea.Wait(60 * 60);
        Assert.Empty(sea.Ocean.RemoveIdlePlayers());
    }
}

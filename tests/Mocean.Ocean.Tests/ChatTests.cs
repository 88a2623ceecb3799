using Mocean.Ocean.Chat;
using Mocean.Ocean.State;

namespace Mocean.Ocean.Tests;

public class ChatTests
{
    private static (Sea Sea, string Ann, string Bob) TwoPlayers(BlockedWords? blocked = null)
    {
        var sea = new Sea(blocked: blocked);
        return (sea, sea.Put("Ann", 450, 450), sea.Put("Bob", 100, 100));
    }

    [Fact]
    public void AMessageWaitsInTheInboxUntilPopped()
    {
        var (sea, ann, bob) = TwoPlayers();
        Assert.False(sea.Ocean.Location(bob).Msg);
        Assert.Equal(new GameReply(true, "message sent to Bob"), sea.Ocean.SendChat(ann, "bob", "hello there"));
        Assert.True(sea.Ocean.Location(bob).Msg);
        Assert.Equal(new GameReply(true, "player Ann tells you: hello there"), sea.Ocean.PopChat(bob));
        Assert.Equal(new GameReply(false, "your inbox is empty"), sea.Ocean.PopChat(bob));
        Assert.False(sea.Ocean.Location(bob).Msg);
    }

    [Fact]
    public void AFullInboxRefusesAMessage()
    {
        var (sea, ann, bob) = TwoPlayers();
        sea.Ocean.SendChat(ann, "Bob", "one");
        Assert.Equal(new GameReply(false, "Bob's inbox is full: try again later"), sea.Ocean.SendChat(ann, "Bob", "two"));
        Assert.Equal("player Ann tells you: one", sea.Ocean.PopChat(bob).Text);
        Assert.True(sea.Ocean.SendChat(ann, "Bob", "two").Done);
    }

    [Theory]
    [InlineData("hi\nthere", "hithere")]
    [InlineData("\u0007bell\u001b[31m red\t", "bell[31m red")]
    [InlineData("  padded  ", "padded")]
    public void ControlCharactersAreRemoved(string message, string delivered)
    {
        var (sea, ann, bob) = TwoPlayers();
        sea.Ocean.SendChat(ann, "Bob", message);
        Assert.Equal($"player Ann tells you: {delivered}", sea.Ocean.PopChat(bob).Text);
    }

    [Fact]
    public void AMessageOfTwoHundredCharactersArrivesWhole()
    {
        var (sea, ann, bob) = TwoPlayers();
        sea.Ocean.SendChat(ann, "Bob", new string('x', 200));
        Assert.Equal("player Ann tells you: " + new string('x', 200), sea.Ocean.PopChat(bob).Text);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(5000)]
    public void ALongerMessageIsRefusedNotCutShortAndNothingArrives(int length)
    {
        var (sea, ann, bob) = TwoPlayers();

        var refusal = Assert.Throws<OceanException>(() => sea.Ocean.SendChat(ann, "Bob", new string('x', length)));

        Assert.Equal(OceanError.BadArgument, refusal.Error);
        Assert.Equal($"message must be 1 to 200 characters, not {length}: send a shorter one", refusal.Message);
        Assert.Equal("your inbox is empty", sea.Ocean.PopChat(bob).Text);
    }

    [Fact]
    public void ControlCharactersDoNotCountTowardsTheLimit()
    {
        var (sea, ann, bob) = TwoPlayers();
        sea.Ocean.SendChat(ann, "Bob", new string('x', 200) + "\n\u0007");
        Assert.Equal("player Ann tells you: " + new string('x', 200), sea.Ocean.PopChat(bob).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\t")]
    public void AnEmptyMessageIsABadArgument(string message)
    {
        var (sea, ann, _) = TwoPlayers();
        Assert.Equal(OceanError.BadArgument, Assert.Throws<OceanException>(() => sea.Ocean.SendChat(ann, "Bob", message)).Error);
    }

    [Fact]
    public void AnUnknownRecipientIsAnUnknownName()
    {
        var (sea, ann, _) = TwoPlayers();
        Assert.Equal(OceanError.UnknownName, Assert.Throws<OceanException>(() => sea.Ocean.SendChat(ann, "Nobody", "hi")).Error);
    }

    [Theory]
    [InlineData("you are a Poop head", "you are a **** head")]
    [InlineData("poop,POOP!", "****,****!")]
    [InlineData("poopdeck is a word", "poopdeck is a word")]
    public void BlockedWordsAreStarredOut(string message, string delivered)
    {
        var (sea, ann, bob) = TwoPlayers(new BlockedWords(["poop"]));
        sea.Ocean.SendChat(ann, "Bob", message);
        Assert.Equal($"player Ann tells you: {delivered}", sea.Ocean.PopChat(bob).Text);
        Assert.Equal(delivered, sea.Ocean.ChatLog()[^1].Text);
    }

    [Fact]
    public void SendingStopsTheSender()
    {
        var (sea, ann, _) = TwoPlayers();
        sea.Ocean.Accel(ann, "w");
        sea.Ocean.SendChat(ann, "Bob", "hi");
        Assert.Equal(0, sea.Ocean.Player(ann).Speed);
    }

    [Fact]
    public void AMutedPlayerCannotSendButCanReceive()
    {
        var (sea, ann, bob) = TwoPlayers();
        sea.Ocean.Mute("Ann", true);
        Assert.Equal(new GameReply(false, "your chat is muted by the teacher"), sea.Ocean.SendChat(ann, "Bob", "hi"));
        Assert.True(sea.Ocean.SendChat(bob, "Ann", "hi Ann").Done);
        sea.Ocean.Mute("Ann", false);
        Assert.True(sea.Ocean.SendChat(ann, "Bob", "hi").Done);
    }

    [Fact]
    public void ChatIsLoggedWithTextAndAnnouncedWithout()
    {
        var (sea, ann, _) = TwoPlayers();
        sea.Ocean.SendChat(ann, "Bob", "secret plan");
        var entry = Assert.Single(sea.Ocean.ChatLog());
        Assert.Equal(new ChatLogEntry(sea.Clock.GetUtcNow(), "Ann", "Bob", "secret plan"), entry);
        var sent = sea.Ocean.Events()[^1];
        Assert.Equal((EventKind.ChatSent, "Ann", "Bob"), (sent.Kind, sent.Player, sent.Detail));
    }

    [Fact]
    public void TheChatLogKeepsOnlyTheLatest()
    {
        var sea = new Sea(settings: OceanRules.Default with { WhaleSpeed = 0, ChatLogSize = 3 });
        var ann = sea.Put("Ann", 1, 1);
        var bob = sea.Put("Bob", 2, 2);
        for (var i = 0; i < 5; i++)
        {
            sea.Ocean.SendChat(ann, "Bob", $"m{i}");
            sea.Ocean.PopChat(bob);
        }
        Assert.Equal(["m2", "m3", "m4"], sea.Ocean.ChatLog().Select(e => e.Text));
    }
}

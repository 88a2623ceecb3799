using Mocean.Cli.Commands;
using Mocean.Client;
using Mocean.Client.Ocean;
using Spectre.Console;

namespace Mocean.Cli.Tests;

/// <summary>The pieces of <c>mocean ocean play</c> that need no server: the status line, the view, typing a chat message.</summary>
public sealed class LiveViewTests
{
    private static DiverView View()
    {
        using var client = new MoceanClient("http://127.0.0.1:9");
        return new DiverView(client.Ocean.Resume("abcd1234", "tessa"));
    }

    [Fact]
    public void TheStatusLineShowsPositionDepthSpeedHeadingSightAndTheLastReply()
    {
        var view = View();
        view.Moved(new Motion(120.25, 40, 5, 0, 2.1025, Math.PI / 2));
        view.Floor = 30;
        view.InSight = [new Sighting("whale", 1, 2, 0), new Sighting("treasure", 3, 4, 30), new Sighting("whale", 5, 6, 0)];
        view.LastReply = "got the boat hook\n(2.0 ms)";

        Assert.Equal(
            "x 120.3 y 40.0 | depth 5.0 m (floor 30.0 m) | speed 2.1 | heading 90.0° N | in sight: 1 treasure, 2 whales | last: got the boat hook (2.0 ms)",
            view.StatusLine());
    }

    [Theory]
    [InlineData(0, "E")]
    [InlineData(Math.PI, "W")]
    [InlineData(-Math.PI / 2, "S")]
    [InlineData(-Math.PI / 4, "SE")]
    [InlineData(3 * Math.PI / 4, "NW")]
    public void TheHeadingIsAlsoACompassPoint(double heading, string point)
    {
        var view = View();
        view.Heading = heading;

        Assert.Contains($"° {point} |", view.StatusLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void NothingInSightSaysSo() => Assert.Contains("in sight: nothing |", View().StatusLine(), StringComparison.Ordinal);

    [Fact]
    public void TheViewShowsThePlayerTheStatusTheKeysAndRecentEvents()
    {
        var view = View();
        for (var i = 1; i <= 8; i++)
        {
            view.Event($"event {i}");
        }

        var text = Rendered(view);

        Assert.Contains("tessa in ocean main (id abcd1234)", text, StringComparison.Ordinal);
        Assert.Contains(view.StatusLine(), text, StringComparison.Ordinal);
        Assert.Contains("w faster  s slower  a left  d right  r rise  f sink  g grab  l look  c chat  q quit", text, StringComparison.Ordinal);
        Assert.DoesNotContain("event 2\n", text, StringComparison.Ordinal);
        Assert.Contains("event 3", text, StringComparison.Ordinal);
        Assert.Contains("event 8", text, StringComparison.Ordinal);

        view.ChatPrompt = "chat to: um";
        Assert.Contains("chat to: um (Enter sends, Esc cancels)", Rendered(view), StringComparison.Ordinal);
    }

    [Fact]
    public void AChatMessageIsTypedAsANameThenAText()
    {
        var chat = new ChatInput();
        chat.Start();
        Assert.Null(Type(chat, "umx"));
        Assert.Null(chat.Type(Key('\b', ConsoleKey.Backspace)));
        Assert.Equal("chat to: um", chat.Prompt);
        Assert.Null(chat.Type(Key('\r', ConsoleKey.Enter)));
        Assert.Equal("message to um: ", chat.Prompt);

        Assert.Null(Type(chat, "hello q"));
        Assert.Equal(("um", "hello q"), chat.Type(Key('\r', ConsoleKey.Enter)));
        Assert.False(chat.Active);
    }

    [Fact]
    public void EscapeCancelsAChatAndAnEmptyLineSendsNothing()
    {
        var chat = new ChatInput();
        chat.Start();
        Assert.Null(chat.Type(Key('\r', ConsoleKey.Enter)));
        Assert.Equal("chat to: ", chat.Prompt);
        Type(chat, "um");
        Assert.Null(chat.Type(Key('\x1b', ConsoleKey.Escape)));
        Assert.False(chat.Active);
        Assert.Null(chat.Prompt);
    }

    private static (string, string)? Type(ChatInput chat, string text)
    {
        (string, string)? last = null;
        foreach (var c in text)
        {
            last = chat.Type(Key(c, 0));
        }

        return last;
    }

    private static ConsoleKeyInfo Key(char c, ConsoleKey key) => new(c, key, false, false, false);

    private static string Rendered(DiverView view)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = 250;
        console.Write(view.Render());
        return writer.ToString().ReplaceLineEndings("\n");
    }
}

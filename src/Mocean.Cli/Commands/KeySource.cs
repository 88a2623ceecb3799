using System.Threading.Channels;

namespace Mocean.Cli.Commands;

/// <summary>
/// Keys as they are pressed, without waiting for Enter: from the terminal, or one character at a time
/// from redirected input (so a script can drive the game too). The end of input reads as <c>q</c>.
/// </summary>
public sealed class KeySource
{
    private readonly Channel<ConsoleKeyInfo> keys = Channel.CreateUnbounded<ConsoleKeyInfo>();

    private KeySource()
    {
    }

    public ChannelReader<ConsoleKeyInfo> Keys => keys.Reader;

    public static KeySource Start()
    {
        var source = new KeySource();
        var thread = new Thread(source.Read) { IsBackground = true, Name = "keys" };
        thread.Start();
        return source;
    }

    private void Read()
    {
        if (!Console.IsInputRedirected)
        {
            while (true)
            {
                keys.Writer.TryWrite(Console.ReadKey(intercept: true));
            }
        }

        while (Console.In.Read() is var c && c >= 0)
        {
            keys.Writer.TryWrite(FromChar((char)c));
        }

        keys.Writer.TryWrite(FromChar('q'));
        keys.Writer.TryComplete();
    }

    private static ConsoleKeyInfo FromChar(char c) => c switch
    {
        '\n' or '\r' => new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false),
        '\x1b' => new ConsoleKeyInfo(c, ConsoleKey.Escape, false, false, false),
        '\b' or '\x7f' => new ConsoleKeyInfo('\b', ConsoleKey.Backspace, false, false, false),
        _ => new ConsoleKeyInfo(c, 0, false, false, false),
    };
}

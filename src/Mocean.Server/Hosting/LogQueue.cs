using System.Text;
using System.Threading.Channels;

namespace Mocean.Server.Hosting;

/// <summary>
/// The server's log output: lines go into a bounded queue that one background task writes to standard
/// output. A request never waits for the log: when the queue is full (the terminal or the journal cannot
/// keep up) the line is dropped and counted (<see cref="Dropped"/>, shown by <c>/status</c>).
/// Under systemd each line starts with its journal priority (<c>&lt;6&gt;</c> for Information), so
/// <c>journalctl -p warning</c> works. The console logger's own bounded queue (<c>QueueFullMode.DropWrite</c>) keeps
/// no count a program can read and writes a system call per line (docs/running-as-a-service.md, with figures).
/// </summary>
public sealed class LogQueue : IAsyncDisposable
{
    public const int DefaultCapacity = 10_000;

    private readonly Channel<string> lines;
    private readonly Stream output;
    private readonly Task writer;
    private long dropped;

    public LogQueue(Stream output, bool journal, int capacity = DefaultCapacity)
    {
        this.output = output;
        Journal = journal;
        lines = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        writer = Task.Run(WriteAllAsync);
    }

    /// <summary>True when lines carry journal priority prefixes (the server runs under systemd).</summary>
    public bool Journal { get; }

    /// <summary>Lines dropped because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Queues one line without waiting; counts it as dropped when the queue is full.</summary>
    public void Enqueue(string line)
    {
        if (!lines.Writer.TryWrite(line))
        {
            Interlocked.Increment(ref dropped);
        }
    }

    /// <summary>Formats a log entry as the output expects: journal priority or a short level word first.</summary>
    public string Format(LogLevel level, string category, string message, Exception? exception)
    {
        var text = exception is null ? message : message + Environment.NewLine + exception;
        var builder = new StringBuilder(text.Length + category.Length + 16);
        var first = true;
        foreach (var line in text.Split('\n'))
        {
            if (!first)
            {
                builder.Append('\n');
            }

            // Under systemd every line carries the priority, so a stack trace stays one entry's level.
            builder.Append(Journal ? Priority(level) : first ? Word(level) : "      ");
            if (first)
            {
                builder.Append(category).Append(": ");
            }

            builder.Append(line.TrimEnd('\r'));
            first = false;
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>syslog priorities as journald reads them from a line's start.</summary>
    public static string Priority(LogLevel level) => level switch
    {
        LogLevel.Critical => "<2>",
        LogLevel.Error => "<3>",
        LogLevel.Warning => "<4>",
        LogLevel.Information => "<6>",
        _ => "<7>",
    };

    private static string Word(LogLevel level) => level switch
    {
        LogLevel.Critical => "crit: ",
        LogLevel.Error => "fail: ",
        LogLevel.Warning => "warn: ",
        LogLevel.Information => "info: ",
        LogLevel.Debug => "dbug: ",
        _ => "trce: ",
    };

    private async Task WriteAllAsync()
    {
        var buffer = new MemoryStream();
        var reader = lines.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // Everything waiting goes out in one write: one system call per burst, not per line.
            while (buffer.Length < 64 * 1024 && reader.TryRead(out var line))
            {
                var bytes = Encoding.UTF8.GetBytes(line);
                buffer.Write(bytes);
            }

            try
            {
                await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)).ConfigureAwait(false);
                await output.FlushAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // Standard output closed (the terminal went away): nothing more can be shown.
            }

            buffer.SetLength(0);
        }
    }

    /// <summary>Writes what is still queued (at most two seconds), then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        lines.Writer.TryComplete();
        await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
    }
}

using System.Text;
using Microsoft.Extensions.Logging;
using Mocean.Server.Hosting;

namespace Mocean.Server.Tests.Hosting;

public sealed class LogQueueTests
{
    [Fact]
    public async Task WhenOutputIsStuckLinesAreDroppedAndCountedAndNoCallerWaits()
    {
        using var stuck = new StuckStream();
        await using var queue = new LogQueue(stuck, journal: false, capacity: 10);

        // One line first, and wait until the writer is stuck writing it: from then on nothing leaves the queue.
        queue.Enqueue("first\n");
        await stuck.WriteStarted.WaitAsync(TimeSpan.FromSeconds(30));

        var writes = Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                queue.Enqueue($"line {i}\n");
            }
        });

        await writes.WaitAsync(TimeSpan.FromSeconds(30));
        // The queue holds 10 of the thousand; every other line was dropped and counted, and no caller waited.
        Assert.Equal(990, queue.Dropped);
        stuck.Release();
    }

    [Fact]
    public async Task LinesReachTheOutputInOrder()
    {
        var output = new MemoryStream();
        var queue = new LogQueue(output, journal: false);
        for (var i = 0; i < 100; i++)
        {
            queue.Enqueue($"line {i}\n");
        }

        await queue.DisposeAsync();

        var expected = string.Concat(Enumerable.Range(0, 100).Select(i => $"line {i}\n"));
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(0, queue.Dropped);
    }

    [Theory]
    [InlineData(LogLevel.Debug, "<7>")]
    [InlineData(LogLevel.Information, "<6>")]
    [InlineData(LogLevel.Warning, "<4>")]
    [InlineData(LogLevel.Error, "<3>")]
    [InlineData(LogLevel.Critical, "<2>")]
    public async Task UnderSystemdALineStartsWithItsJournalPriority(LogLevel level, string priority)
    {
        await using var queue = new LogQueue(Stream.Null, journal: true);

        Assert.Equal($"{priority}Mocean.Steps: Server received message: hello\n",
            queue.Format(level, "Mocean.Steps", "Server received message: hello", null));
    }

    [Fact]
    public async Task EveryLineOfAStackTraceKeepsThePriority()
    {
        await using var queue = new LogQueue(Stream.Null, journal: true);

        var text = queue.Format(LogLevel.Error, "Mocean.Test", "it failed", new InvalidOperationException("boom"));

        Assert.All(text.TrimEnd('\n').Split('\n'), line => Assert.StartsWith("<3>", line, StringComparison.Ordinal));
        Assert.Contains("boom", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnATerminalALineStartsWithAShortLevelWord()
    {
        await using var queue = new LogQueue(Stream.Null, journal: false);

        Assert.Equal("warn: Mocean.Admin: refused\n", queue.Format(LogLevel.Warning, "Mocean.Admin", "refused", null));
    }

    /// <summary>An output that never finishes a write until released, like a terminal nobody reads.</summary>
    private sealed class StuckStream : Stream
    {
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource writeStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the first write has begun (and is now stuck).</summary>
        public Task WriteStarted => writeStarted.Task;

        public void Release() => released.TrySetResult();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => 0;

        public override long Position { get => 0; set { } }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => 0;

        public override long Seek(long offset, SeekOrigin origin) => 0;

        public override void SetLength(long value)
        {
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            writeStarted.TrySetResult();
            released.Task.Wait();
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            writeStarted.TrySetResult();
            await released.Task;
        }

        protected override void Dispose(bool disposing)
        {
            Release();
            base.Dispose(disposing);
        }
    }
}

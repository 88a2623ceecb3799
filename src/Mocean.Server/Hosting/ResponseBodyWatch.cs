using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Mocean.Server.Hosting;

/// <summary>
/// The response body as the request log sees it: for a 4xx reply, whoever writes it (a text route, an admin route,
/// the rate limiter, a route's own <c>Results.Text</c>), the first bytes are kept so that the refusal's one line can
/// be logged. Any other reply goes straight through: the writer and stream are the server's own. (A HEAD request's
/// body is Kestrel's to drop: it sends the headers GET would have, and no body.)
/// </summary>
internal sealed class ResponseBodyWatch(IHttpResponseBodyFeature inner, HttpResponse response) : IHttpResponseBodyFeature
{
    private const int Limit = 400;

    private byte[]? kept;
    private int length;
    private WatchStream? stream;
    private WatchWriter? writer;

    public Stream Stream => Refusing ? stream ??= new WatchStream(inner.Stream, this) : inner.Stream;

    public PipeWriter Writer => Refusing ? writer ??= new WatchWriter(inner.Writer, this) : inner.Writer;

    /// <summary>What the reply's body began with (for a 4xx), as text.</summary>
    public string Text => kept is null ? string.Empty : Encoding.UTF8.GetString(kept, 0, length);

    private bool Refusing => response.StatusCode is >= 400 and < 500;

    public void DisableBuffering() => inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        inner.SendFileAsync(path, offset, count, cancellationToken);

    public Task CompleteAsync() => inner.CompleteAsync();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!Refusing || length >= Limit)
        {
            return;
        }

        kept ??= new byte[Limit];
        var count = Math.Min(bytes.Length, Limit - length);
        bytes[..count].CopyTo(kept.AsSpan(length));
        length += count;
    }

    /// <summary>Passes writes to <paramref name="inner"/>, keeping the first bytes.</summary>
    private sealed class WatchWriter(PipeWriter inner, ResponseBodyWatch watch) : PipeWriter
    {
        private Memory<byte> last;

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        public override void Advance(int bytes)
        {
            watch.Keep(last.Span[..Math.Min(bytes, last.Length)]);
            inner.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => last = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);
    }

    private sealed class WatchStream(Stream inner, ResponseBodyWatch watch) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            watch.Keep(buffer);
            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            watch.Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }
    }
}

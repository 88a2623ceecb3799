using System.Buffers;
using System.Globalization;
using System.Text;

namespace Mocean.Research.Formats;

/// <summary>
/// Characters gathered for the next write, so rows are formatted without allocating and sent in
/// chunks (<see cref="FlushAsync"/>) while the query is still running.
/// </summary>
public sealed class TextBuffer
{
    private char[] chars = ArrayPool<char>.Shared.Rent(1 << 16);
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(3 << 16);

    public int Length { get; private set; }

    public TextBuffer Append(char c)
    {
        Ensure(1);
        chars[Length++] = c;
        return this;
    }

    public TextBuffer Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(chars.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    /// <summary>A double in the shortest form that reads back as that double; zero (and minus zero) as <c>0</c>.</summary>
    public TextBuffer Append(double value) => value == 0 ? Append('0') : Formatted(value, 32);

    /// <summary>A float in the shortest form that reads back as that float (<c>8.46</c>); zero as <c>0</c>.</summary>
    public TextBuffer Append(float value) => value == 0 ? Append('0') : Formatted(value, 32);

    public TextBuffer Append(long value) => Formatted(value, 24);

    private TextBuffer Formatted<T>(T value, int most)
        where T : ISpanFormattable
    {
        Ensure(most);
        value.TryFormat(chars.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>A time as ERDDAP writes it: <c>2022-01-05T00:00:00Z</c> (fractions of a second only when present).</summary>
    public TextBuffer AppendTime(DateTime time)
    {
        Ensure(40);
        if (time.Ticks % TimeSpan.TicksPerSecond == 0 && time.Year < 10000)
        {
            var (year, month, day) = time;
            var span = chars.AsSpan(Length, 20);
            Two(span, 0, year / 100);
            Two(span, 2, year % 100);
            span[4] = '-';
            Two(span, 5, month);
            span[7] = '-';
            Two(span, 8, day);
            span[10] = 'T';
            Two(span, 11, time.Hour);
            span[13] = ':';
            Two(span, 14, time.Minute);
            span[16] = ':';
            Two(span, 17, time.Second);
            span[19] = 'Z';
            Length += 20;
            return this;
        }

        time.TryFormat(chars.AsSpan(Length), out var written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    private static void Two(Span<char> span, int at, int value)
    {
        span[at] = (char)('0' + (value / 10));
        span[at + 1] = (char)('0' + (value % 10));
    }

    /// <summary>Sends what is gathered as UTF-8 and starts empty again.</summary>
    public async ValueTask FlushAsync(Stream stream, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (Length == 0)
        {
            return;
        }

        var needed = Encoding.UTF8.GetMaxByteCount(Length);
        if (bytes.Length < needed)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = ArrayPool<byte>.Shared.Rent(needed);
        }

        var count = Encoding.UTF8.GetBytes(chars, 0, Length, bytes, 0);
        Length = 0;
        await stream.WriteAsync(bytes.AsMemory(0, count), cancel).ConfigureAwait(false);
    }

    public override string ToString() => new(chars, 0, Length);

    private void Ensure(int more)
    {
        if (Length + more <= chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, Length + more));
        chars.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(chars);
        chars = larger;
    }
}

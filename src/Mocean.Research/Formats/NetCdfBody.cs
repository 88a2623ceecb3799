using System.Buffers.Binary;
using System.Text;

namespace Mocean.Research.Formats;

/// <summary>The values of a NetCDF file's variables, big-endian, gathered in a buffer that is sent whenever it fills.</summary>
internal sealed class NetCdfBody(Stream output)
{
    private byte[] buffer = new byte[1 << 17];
    private int used;

    public bool Full => used > buffer.Length - 8192;

    public void Double(double value)
    {
        Ensure(8);
        BinaryPrimitives.WriteDoubleBigEndian(buffer.AsSpan(used), value);
        used += 8;
    }

    public void Float(float value)
    {
        Ensure(4);
        BinaryPrimitives.WriteSingleBigEndian(buffer.AsSpan(used), value);
        used += 4;
    }

    public void Short(short value)
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(used), value);
        used += 2;
    }

    public void Byte(sbyte value)
    {
        Ensure(1);
        buffer[used++] = (byte)value;
    }

    public void Int(int value)
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(used), value);
        used += 4;
    }

    /// <summary>Text as UTF-8 in a field of <paramref name="width"/> bytes, the rest zeros (as NetCDF stores a char array).</summary>
    public void Text(string? text, int width)
    {
        Ensure(width);
        var span = buffer.AsSpan(used, width);
        span.Clear();
        if (text is not null)
        {
            Encoding.UTF8.GetBytes(text, span);
        }

        used += width;
    }

    /// <summary>Zeros up to the next multiple of four bytes of a variable of <paramref name="length"/> bytes.</summary>
    public void Pad(long length)
    {
        var zeros = (int)(NetCdfWriter.Padded(length) - length);
        Ensure(zeros);
        buffer.AsSpan(used, zeros).Clear();
        used += zeros;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(used));
        used += bytes.Length;
    }

    public async ValueTask FlushAsync(CancellationToken cancel)
    {
        await output.WriteAsync(buffer.AsMemory(0, used), cancel).ConfigureAwait(false);
        used = 0;
    }

    private void Ensure(int more)
    {
        if (used + more > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, used + more));
        }
    }
}

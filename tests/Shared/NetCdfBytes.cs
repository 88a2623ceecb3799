using System.Buffers.Binary;
using System.Text;

namespace Mocean.Tests.Shared;

/// <summary>Small NetCDF-3 files made byte by byte, to hand the ingest what a damaged or hostile file claims (linked into the test projects that need it).</summary>
public static class NetCdfBytes
{
    /// <summary>
    /// A classic NetCDF-3 file: one dimension <c>t</c> of <paramref name="length"/>, one double variable <c>v</c> over it,
    /// its data at <paramref name="begin"/> (after the header when null) and <paramref name="values"/> written there.
    /// </summary>
    public static byte[] File(int length, int? begin, double[]? values = null)
    {
        var header = new List<byte>();
        void Int(int value)
        {
            var bytes = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, value);
            header.AddRange(bytes);
        }

        void Name(string name)
        {
            Int(name.Length);
            header.AddRange(Encoding.ASCII.GetBytes(name));
            header.AddRange(new byte[(4 - (name.Length % 4)) % 4]);
        }

        header.AddRange("CDF\u0001"u8.ToArray());
        Int(0);
        Int(0x0A); Int(1); Name("t"); Int(length);
        Int(0); Int(0);
        Int(0x0B); Int(1); Name("v"); Int(1); Int(0); Int(0); Int(0); Int(6); Int(8 * (values?.Length ?? 0));
        var at = header.Count + 4;
        Int(begin ?? at);
        foreach (var value in values ?? [])
        {
            var bytes = new byte[8];
            BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
            header.AddRange(bytes);
        }

        return [.. header];
    }
}

using System.Buffers.Binary;
using System.Text;
using Mocean.Research.Catalog;

namespace Mocean.Research.Formats;

/// <summary>The NetCDF-3 types the replies write.</summary>
public enum NcType
{
    Byte = 1,
    Char = 2,
    Short = 3,
    Int = 4,
    Float = 5,
    Double = 6,
}

/// <summary>A dimension of a NetCDF file.</summary>
public sealed record NcDimension(string Name, long Length);

/// <summary>A variable of a NetCDF file: name, type, dimension names and attributes; its values come from <see cref="NetCdfWriter"/>'s caller.</summary>
public sealed record NcVariable(string Name, NcType Type, IReadOnlyList<string> Dimensions, IReadOnlyList<MetadataAttribute> Attributes);

/// <summary>
/// Writes a NetCDF-3 file (the classic format, or the 64-bit offset one when the data passes 2 GiB): the header of
/// dimensions, global attributes and variables, then each variable's values in turn, big-endian, padded to four bytes.
/// Its length is known before a byte is written (<see cref="Length"/>), so a reply can say it and stream the file.
/// Numbers in attributes are written as doubles, except <c>_FillValue</c>, which takes its variable's type.
/// </summary>
public sealed class NetCdfWriter
{
    private const int Dimension = 0x0A;
    private const int Variable = 0x0B;
    private const int Attribute = 0x0C;

    private readonly IReadOnlyList<NcDimension> dimensions;
    private readonly IReadOnlyList<MetadataAttribute> globals;
    private readonly IReadOnlyList<NcVariable> variables;
    private readonly bool offset64;
    private readonly long headerLength;

    public NetCdfWriter(IReadOnlyList<NcDimension> dimensions, IReadOnlyList<MetadataAttribute> globals, IReadOnlyList<NcVariable> variables)
    {
        this.dimensions = dimensions;
        this.globals = globals;
        this.variables = variables;
        headerLength = Header(false, 0).Length;
        offset64 = headerLength + variables.Sum(Size) > int.MaxValue;
        headerLength = Header(offset64, 0).Length;
        Length = headerLength + variables.Sum(Size);
    }

    /// <summary>The whole file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>The header, with each variable's data offset.</summary>
    public byte[] Header() => Header(offset64, headerLength);

    /// <summary>The bytes of one variable's data: its values' bytes then zeros to a multiple of four.</summary>
    public long Size(NcVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var count = variable.Dimensions.Aggregate(1L, (n, d) => n * dimensions.First(x => x.Name == d).Length);
        return Padded(count * Width(variable.Type));
    }

    public static int Width(NcType type) => type switch
    {
        NcType.Byte or NcType.Char => 1,
        NcType.Short => 2,
        NcType.Int or NcType.Float => 4,
        _ => 8,
    };

    public static long Padded(long length) => (length + 3) & ~3L;

    private byte[] Header(bool wide, long dataStart)
    {
        using var stream = new MemoryStream();
        void Int(long value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, checked((int)value));
            stream.Write(bytes);
        }

        void Name(string name)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            Int(bytes.Length);
            stream.Write(bytes);
            stream.Write(new byte[Padded(bytes.Length) - bytes.Length]);
        }

        void Attributes(IReadOnlyList<MetadataAttribute> list, NcType? fillType)
        {
            if (list.Count == 0)
            {
                Int(0);
                Int(0);
                return;
            }

            Int(Attribute);
            Int(list.Count);
            foreach (var a in list)
            {
                Name(a.Name);
                if (a.Text is { } text)
                {
                    var bytes = Encoding.UTF8.GetBytes(text);
                    Int((int)NcType.Char);
                    Int(bytes.Length);
                    stream.Write(bytes);
                    stream.Write(new byte[Padded(bytes.Length) - bytes.Length]);
                    continue;
                }

                var type = a.Name == "_FillValue" && fillType is { } f ? f : NcType.Double;
                Int((int)type);
                Int(a.Numbers.Count);
                foreach (var n in a.Numbers)
                {
                    var bytes = new byte[Width(type)];
                    switch (type)
                    {
                        case NcType.Byte:
                            bytes[0] = (byte)(sbyte)n;
                            break;
                        case NcType.Short:
                            BinaryPrimitives.WriteInt16BigEndian(bytes, (short)n);
                            break;
                        case NcType.Int:
                            BinaryPrimitives.WriteInt32BigEndian(bytes, (int)n);
                            break;
                        case NcType.Float:
                            BinaryPrimitives.WriteSingleBigEndian(bytes, (float)n);
                            break;
                        default:
                            BinaryPrimitives.WriteDoubleBigEndian(bytes, n);
                            break;
                    }

                    stream.Write(bytes);
                }

                stream.Write(new byte[Padded(a.Numbers.Count * Width(type)) - (a.Numbers.Count * Width(type))]);
            }
        }

        stream.Write("CDF"u8);
        stream.WriteByte(wide ? (byte)2 : (byte)1);
        Int(0);
        Int(Dimension);
        Int(dimensions.Count);
        foreach (var d in dimensions)
        {
            Name(d.Name);
            Int(d.Length);
        }

        Attributes(globals, null);
        Int(Variable);
        Int(variables.Count);
        var begin = dataStart;
        foreach (var v in variables)
        {
            Name(v.Name);
            Int(v.Dimensions.Count);
            foreach (var d in v.Dimensions)
            {
                Int(dimensions.ToList().FindIndex(x => x.Name == d));
            }

            Attributes(v.Attributes, v.Type);
            Int((int)v.Type);
            var size = Size(v);
            Int(Math.Min(size, uint.MaxValue) > int.MaxValue ? -1 : size);
            if (wide)
            {
                var bytes = new byte[8];
                BinaryPrimitives.WriteInt64BigEndian(bytes, begin);
                stream.Write(bytes);
            }
            else
            {
                Int(begin);
            }

            begin += size;
        }

        return stream.ToArray();
    }
}

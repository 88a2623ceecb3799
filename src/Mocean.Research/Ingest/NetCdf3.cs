using System.Buffers.Binary;
using System.Text;

namespace Mocean.Research.Ingest;

/// <summary>A NetCDF attribute: its name and value (text, or numbers as doubles).</summary>
public sealed record NetCdfAttribute(string Name, string? Text, IReadOnlyList<double> Numbers);

/// <summary>A NetCDF variable: name, dimension names, type code, attributes and where its data starts.</summary>
public sealed record NetCdfVariable(string Name, IReadOnlyList<string> Dimensions, int Type, IReadOnlyList<NetCdfAttribute> Attributes, long Begin, long Size, bool IsRecord)
{
    public string? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name)?.Text;

    public double? NumberAttribute(string name) => Attributes.FirstOrDefault(a => a.Name == name) is { Numbers.Count: > 0 } a ? a.Numbers[0] : null;
}

/// <summary>
/// A reader of NetCDF-3 files, classic (CDF1) and 64-bit offset (CDF2): the header (dimensions, attributes,
/// variables) and one-dimensional numeric variables as doubles, with <c>_FillValue</c> read as NaN and
/// <c>scale_factor</c>/<c>add_offset</c> applied.
/// </summary>
public sealed class NetCdf3
{
    private readonly byte[] data;
    private int position;

    private NetCdf3(byte[] data) => this.data = data;

    public IReadOnlyDictionary<string, long> Dimensions { get; private set; } = new Dictionary<string, long>();

    public IReadOnlyList<NetCdfAttribute> GlobalAttributes { get; private set; } = [];

    public IReadOnlyList<NetCdfVariable> Variables { get; private set; } = [];

    public long RecordCount { get; private set; }

    private long recordSize;

    public static NetCdf3 Open(string path)
    {
        SourceFiles.Check(path);
        if (new FileInfo(path).Length > SourceFiles.MaxNetCdfBytes)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is over {SourceFiles.MaxNetCdfBytes >> 20} MB, more than one NetCDF file read here may hold; split it by time");
        }

        var file = new NetCdf3(File.ReadAllBytes(path));
        try
        {
            file.ReadHeader();
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not a readable NetCDF-3 file (header cut short)");
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}");
        }

        return file;
    }

    public NetCdfVariable Variable(string name) =>
        Variables.FirstOrDefault(v => v.Name == name) ?? throw new InvalidDataException($"no variable '{name}' in the file");

    /// <summary>The values of a one-dimensional numeric variable.</summary>
    public double[] ReadDoubles(string name)
    {
        var variable = Variable(name);
        if (variable.Dimensions.Count != 1 || variable.Type == 2)
        {
            throw new InvalidDataException($"variable '{name}' is not a one-dimensional number series");
        }

        var count = variable.IsRecord ? RecordCount : Dimensions[variable.Dimensions[0]];
        var width = Width(variable.Type);
        var stride = variable.IsRecord ? recordSize : width;

        // The sizes in the header are checked against the file before anything is allocated for them.
        if (count > 0 && (variable.Begin < 0 || variable.Begin + ((Int128)(count - 1) * stride) + width > data.Length))
        {
            throw new InvalidDataException($"variable '{name}' claims {count} values from byte {variable.Begin}, past the end of the file ({data.Length} bytes)");
        }

        var values = new double[count];
        var fill = variable.NumberAttribute("_FillValue");
        var scale = variable.NumberAttribute("scale_factor") ?? 1;
        var offset = variable.NumberAttribute("add_offset") ?? 0;
        for (long i = 0; i < count; i++)
        {
            var at = variable.IsRecord ? variable.Begin + (i * recordSize) : variable.Begin + (i * width);
            var raw = ReadValue(variable.Type, (int)at);
            values[i] = fill is { } f && raw.Equals(f) ? double.NaN : (raw * scale) + offset;
        }

        return values;
    }

    private void ReadHeader()
    {
        if (data.Length < 8 || data[0] != 'C' || data[1] != 'D' || data[2] != 'F' || data[3] is not (1 or 2))
        {
            throw new InvalidDataException("not a NetCDF-3 file (classic or 64-bit offset); NetCDF-4/HDF5 is not read");
        }

        var offset64 = data[3] == 2;
        position = 4;
        var records = Int();
        RecordCount = records < 0 ? 0 : records;
        var dimNames = new List<string>();
        var dims = new Dictionary<string, long>();
        string? recordDim = null;
        foreach (var _ in List(0x0A))
        {
            var name = Name();
            var length = Int();
            if (length < 0)
            {
                throw new InvalidDataException($"dimension '{name}' has a negative length");
            }

            dimNames.Add(name);
            dims[name] = length == 0 ? RecordCount : length;
            if (length == 0)
            {
                recordDim = name;
            }
        }

        Dimensions = dims;
        GlobalAttributes = Attributes();
        var variables = new List<NetCdfVariable>();
        foreach (var _ in List(0x0B))
        {
            var name = Name();
            var rank = Int();
            var ids = new List<string>();
            for (var d = 0; d < rank; d++)
            {
                ids.Add(dimNames[Int()]);
            }

            var attributes = Attributes();
            var type = Int();
            var size = (long)(uint)Int();
            var begin = offset64 ? Long() : Int();
            variables.Add(new NetCdfVariable(name, ids, type, attributes, begin, size, ids.Count > 0 && ids[0] == recordDim));
        }

        Variables = variables;
        var recordVariables = variables.Where(v => v.IsRecord).ToList();
        recordSize = recordVariables.Count == 1 ? Width(recordVariables[0].Type) : recordVariables.Sum(v => v.Size);
    }

    private IReadOnlyList<NetCdfAttribute> Attributes()
    {
        var list = new List<NetCdfAttribute>();
        foreach (var _ in List(0x0C))
        {
            var name = Name();
            var type = Int();
            var count = Int();
            var width = Width(type);
            if (count < 0 || (long)count * width > data.Length - position)
            {
                throw new InvalidDataException($"attribute '{name}' claims {count} values, more than the file holds");
            }

            if (type == 2)
            {
                list.Add(new NetCdfAttribute(name, Encoding.UTF8.GetString(data, position, count).TrimEnd('\0'), []));
            }
            else
            {
                var numbers = new double[count];
                for (var i = 0; i < count; i++)
                {
                    numbers[i] = ReadValue(type, position + (i * width));
                }

                list.Add(new NetCdfAttribute(name, null, numbers));
            }

            position += Padded(count * width);
        }

        return list;
    }

    private IEnumerable<int> List(int tag)
    {
        var found = Int();
        var count = Int();
        if (found == 0 && count == 0)
        {
            yield break;
        }

        if (found != tag || count < 0)
        {
            throw new InvalidDataException($"NetCDF header: expected list tag {tag}, found {found}");
        }

        for (var i = 0; i < count; i++)
        {
            yield return i;
        }
    }

    private string Name()
    {
        var length = Int();
        var name = Encoding.UTF8.GetString(data, position, length);
        position += Padded(length);
        return name;
    }

    private int Int()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(position, 4));
        position += 4;
        return value;
    }

    private long Long()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(position, 8));
        position += 8;
        return value;
    }

    private double ReadValue(int type, int at) => type switch
    {
        1 => (sbyte)data[at],
        3 => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(at, 2)),
        4 => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at, 4)),
        5 => BinaryPrimitives.ReadSingleBigEndian(data.AsSpan(at, 4)),
        6 => BinaryPrimitives.ReadDoubleBigEndian(data.AsSpan(at, 8)),
        _ => throw new InvalidDataException($"NetCDF type {type} is not a number type"),
    };

    private static int Width(int type) => type switch
    {
        1 or 2 => 1,
        3 => 2,
        4 or 5 => 4,
        6 => 8,
        _ => throw new InvalidDataException($"unknown NetCDF type {type}"),
    };

    private static int Padded(int length) => (length + 3) & ~3;
}

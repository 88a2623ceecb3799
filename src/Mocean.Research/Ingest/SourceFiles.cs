using Mocean.Research.Catalog;

namespace Mocean.Research.Ingest;

/// <summary>
/// What a source file must be before anything reads it: a regular file with something in it. A device, a pipe or a
/// folder reports no size (<c>/dev/zero</c> would be read forever), so it is refused like an empty file.
/// </summary>
public static class SourceFiles
{
    /// <summary>The largest NetCDF-3 file read (it is read whole into memory).</summary>
    public const long MaxNetCdfBytes = 1L << 30;

    /// <summary>Throws <see cref="DatasetException"/> with one line when <paramref name="path"/> cannot be a source file.</summary>
    public static void Check(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (Directory.Exists(path))
        {
            throw new DatasetException($"{path} is a folder, not a CSV or NetCDF file");
        }

        if (!info.Exists)
        {
            throw new DatasetException($"source file not found: {path}");
        }

        if (info.Length == 0)
        {
            throw new DatasetException($"{path} is empty (or not a regular file): nothing to read");
        }
    }
}

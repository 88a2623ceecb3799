using System.Globalization;
using System.IO.Compression;

namespace Mocean.Operations.Backup;

/// <summary>What <c>restore</c> checks before it unpacks a backup: that what the zip says it holds fits on the disk.</summary>
public static class RestoreCheck
{
    /// <summary>Room kept free on the disk after a restore, so the server can still write its stores.</summary>
    public const long Headroom = 64L * 1024 * 1024;

    /// <summary>One line when the backup unpacks to more than the disk of <paramref name="dataDir"/> has free; else null.</summary>
    public static string? TooBig(string file, string dataDir)
    {
        long unpacked;
        using (var zip = ZipFile.OpenRead(file))
        {
            unpacked = zip.Entries.Sum(entry => entry.Length);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataDir)) ?? "/";
        var free = new DriveInfo(folder).AvailableFreeSpace;
        return unpacked + Headroom <= free
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"{file} unpacks to {unpacked / (1024 * 1024)} MB, more than the {Math.Max(0, free - Headroom) / (1024 * 1024)} MB free beside {dataDir}; nothing restored");
    }
}

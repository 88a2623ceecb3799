namespace Mocean.Operations;

/// <summary>
/// The running server's claim on its data directory: the file <c>server.lock</c>, held open and locked for the
/// server's lifetime. The lock is the operating system's, so it ends with the process however it ends (Ctrl+C,
/// SIGKILL, a crash) and a leftover file never blocks anyone; <c>restore</c> and a second server test it.
/// Within one process (the test host runs several apps) claims of the same folder share the one lock.
/// </summary>
public sealed class DataDirLock : IDisposable
{
    public const string FileName = "server.lock";

    private static readonly Dictionary<string, (FileStream File, int Claims)> Held = new(StringComparer.Ordinal);

    private readonly string path;
    private bool disposed;

    private DataDirLock(string path) => this.path = path;

    public static string PathIn(string dataPath) => Path.Combine(dataPath, FileName);

    /// <summary>Takes the lock on <paramref name="dataPath"/> (creating the folder), or null when another process holds it.</summary>
    public static DataDirLock? TryTake(string dataPath)
    {
        var path = PathIn(Path.GetFullPath(dataPath));
        lock (Held)
        {
            if (Held.TryGetValue(path, out var held))
            {
                Held[path] = (held.File, held.Claims + 1);
                return new DataDirLock(path);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                // FileShare.None is an exclusive lock (flock) on Linux, released by the kernel when the process ends.
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                file.SetLength(0);
                file.Write(System.Text.Encoding.UTF8.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
                file.Flush();
                Held[path] = (file, 1);
                return new DataDirLock(path);
            }
            catch (IOException) when (IsHeld(dataPath))
            {
                return null;
            }
        }
    }

    /// <summary>True when a running process holds the lock of <paramref name="dataPath"/>.</summary>
    public static bool IsHeld(string dataPath)
    {
        var path = PathIn(Path.GetFullPath(dataPath));
        lock (Held)
        {
            if (Held.ContainsKey(path))
            {
                return true;
            }
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (Exception gone) when (gone is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose()
    {
        lock (Held)
        {
            if (disposed || !Held.TryGetValue(path, out var held))
            {
                return;
            }

            disposed = true;
            if (held.Claims > 1)
            {
                Held[path] = (held.File, held.Claims - 1);
            }
            else
            {
                held.File.Dispose();
                Held.Remove(path);
            }
        }
    }
}

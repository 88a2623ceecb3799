namespace Mocean.Operations.Backup;

/// <summary>Every other file of the data directory, copied as it is (for files written whole, like a JSON file replaced at once).</summary>
public sealed class PlainFiles(string dataDir, IEnumerable<string> ownedElsewhere) : IBackupParticipant
{
    private readonly HashSet<string> ownedElsewhere = new(ownedElsewhere, StringComparer.Ordinal);

    public string Name => "plain files";

    public IEnumerable<string> Owns() => DataFiles.Under(dataDir, ownedElsewhere);

    public async Task SnapshotAsync(string targetDir, CancellationToken cancel)
    {
        foreach (var file in Owns())
        {
            var target = Path.Combine(targetDir, Path.GetRelativePath(dataDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                await using var from = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                await using var to = new FileStream(target, FileMode.Create, FileAccess.Write);
                await from.CopyToAsync(to, cancel).ConfigureAwait(false);
            }
            catch (FileNotFoundException)
            {
                // Removed since it was listed (a temporary file): nothing to keep.
            }
        }
    }
}

/// <summary>Walking the data directory for the generic participants.</summary>
public static class DataFiles
{
    /// <summary>The backup's own working folder inside the data directory, never part of a snapshot.</summary>
    public const string Staging = ".backup-staging";

    /// <summary>Files under the folder, except owned ones, SQLite's side files, the staging folder and the running server's lock.</summary>
    public static IEnumerable<string> Under(string dataDir, IReadOnlySet<string> owned)
    {
        if (!Directory.Exists(dataDir))
        {
            return [];
        }

        var staging = Path.Combine(dataDir, Staging);
        return Directory.EnumerateFiles(dataDir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(file => !file.StartsWith(staging, StringComparison.Ordinal))
            .Where(file => file != DataDirLock.PathIn(dataDir))
            .Where(file => !IsOwned(file, owned))
            .Where(file => !IsSideFile(file));
    }

    private static bool IsOwned(string file, IReadOnlySet<string> owned) =>
        owned.Contains(file) || owned.Any(path => file.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal));

    /// <summary>SQLite's write-ahead log, shared memory and rollback journal: the online backup already includes them.</summary>
    private static bool IsSideFile(string file) =>
        file.EndsWith("-wal", StringComparison.Ordinal) || file.EndsWith("-shm", StringComparison.Ordinal)
        || file.EndsWith("-journal", StringComparison.Ordinal);
}

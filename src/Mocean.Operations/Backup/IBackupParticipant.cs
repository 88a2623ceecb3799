namespace Mocean.Operations.Backup;

/// <summary>
/// A store in the data directory that takes its own consistent snapshot while the server runs (an embedded
/// database has one writer: the running server). The ocean's grain storage and the data service's database
/// each register one with <c>services.AddSingleton&lt;IBackupParticipant, MyStoreBackup&gt;()</c>.
/// Files no participant owns are still backed up: SQLite files through SQLite's online backup, every other
/// file by a plain copy (which is only consistent for files written whole, not for an open database).
/// </summary>
public interface IBackupParticipant
{
    /// <summary>A short name shown in the backup's manifest, e.g. <c>ocean</c>.</summary>
    string Name { get; }

    /// <summary>The full paths of the files (or folders) in the data directory that this participant snapshots itself.</summary>
    IEnumerable<string> Owns();

    /// <summary>
    /// Writes a consistent copy of what it owns into <paramref name="targetDir"/>, at the same paths relative to
    /// the data directory as the originals, so that extracting the snapshot over an empty data directory restores it.
    /// </summary>
    Task SnapshotAsync(string targetDir, CancellationToken cancel);
}

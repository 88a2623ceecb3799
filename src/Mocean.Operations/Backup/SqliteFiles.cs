using Microsoft.Data.Sqlite;

namespace Mocean.Operations.Backup;

/// <summary>Every SQLite database in the data directory that no other participant owns, copied with SQLite's online backup.</summary>
public sealed class SqliteFiles(string dataDir, IEnumerable<string> ownedElsewhere) : IBackupParticipant
{
    private readonly HashSet<string> ownedElsewhere = new(ownedElsewhere, StringComparer.Ordinal);

    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    public string Name => "sqlite files";

    public IEnumerable<string> Owns() =>
        DataFiles.Under(dataDir, ownedElsewhere).Where(IsSqlite);

    public async Task SnapshotAsync(string targetDir, CancellationToken cancel)
    {
        foreach (var file in Owns())
        {
            var target = Path.Combine(targetDir, Path.GetRelativePath(dataDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await CopyAsync(file, target, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>True when the file starts with SQLite's header.</summary>
    public static bool IsSqlite(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> start = stackalloc byte[16];
            return stream.ReadAtLeast(start, 16, throwOnEndOfStream: false) == 16 && start.SequenceEqual(Header);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The online backup: a consistent copy even while another connection writes (retried while busy).</summary>
    private static async Task CopyAsync(string source, string target, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var from = new SqliteConnection(new SqliteConnectionStringBuilder
                {
                    DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
                }.ToString());
                using var to = new SqliteConnection(new SqliteConnectionStringBuilder
                {
                    DataSource = target, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false,
                }.ToString());
                from.Open();
                to.Open();
                from.BackupDatabase(to);
                return;
            }
            catch (SqliteException busy) when (attempt < 20 && busy.SqliteErrorCode is 5 or 6)
            {
                await Task.Delay(100, cancel).ConfigureAwait(false);
            }
        }
    }
}

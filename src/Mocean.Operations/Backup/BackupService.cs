using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;

namespace Mocean.Operations.Backup;

/// <summary>
/// Takes a consistent snapshot of the data directory while the server runs: each registered
/// <see cref="IBackupParticipant"/> writes its own stores, then the SQLite files and plain files no one owns;
/// the result is one zip with a manifest (<c>mocean-backup.json</c>) at its root.
/// </summary>
public sealed partial class BackupService(
    IOptions<StoreOptions> options,
    IEnumerable<IBackupParticipant> participants,
    MoceanClock time,
    ILogger<BackupService> logger)
{
    public const string Manifest = "mocean-backup.json";

    /// <summary>The reply's header that <c>mocean-server backup</c> prints as a note (<see cref="ClusterNote"/>).</summary>
    public const string NoteHeader = "X-Mocean-Backup-Note";

    public const string ClusterNote =
        "this server is one of a cluster: the backup holds its own folder (the research data, its keys), not the game; "
        + "the oceans, players and Steps live in the cluster's PostgreSQL: back that up with pg_dump (docs/running-a-cluster.md)";

    /// <summary>The manifest's JSON: as the server's replies write it (camelCase, not indented, no needless escapes).</summary>
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>The manifest's content: what took the snapshot, when, and who wrote into it.</summary>
    public sealed record BackupManifest(string Version, DateTimeOffset TakenAt, IReadOnlyList<string> Participants);

    /// <summary>Writes the snapshot as a zip file and returns its path, or null when another backup is running.</summary>
    public async Task<string?> SnapshotAsync(CancellationToken cancel)
    {
        if (!await oneAtATime.WaitAsync(TimeSpan.Zero, cancel).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            var dataDir = options.Value.DataPath;
            var staging = Path.Combine(dataDir, DataFiles.Staging);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            var tree = Path.Combine(staging, "tree");
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(tree);
            }
            else
            {
                // What is gathered here (and the zip made of it) holds every player's secret id: the server's user only.
                Directory.CreateDirectory(staging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                Directory.CreateDirectory(tree, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var all = participants.ToList();
            var owned = all.SelectMany(p => p.Owns()).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            var sqlite = new SqliteFiles(dataDir, owned);
            owned.UnionWith(sqlite.Owns());
            all.Add(sqlite);
            all.Add(new PlainFiles(dataDir, owned));

            foreach (var participant in all)
            {
                await participant.SnapshotAsync(tree, cancel).ConfigureAwait(false);
            }

            var manifest = new BackupManifest(ServerVersion.Text, time.GetUtcNow(), [.. all.Select(p => p.Name)]);
            await File.WriteAllTextAsync(Path.Combine(tree, Manifest), JsonSerializer.Serialize(manifest, ManifestJson), cancel)
                .ConfigureAwait(false);
            var zip = Path.Combine(staging, "snapshot.zip");
            await ZipFile.CreateFromDirectoryAsync(tree, zip, CompressionLevel.Fastest, includeBaseDirectory: false, cancel)
                .ConfigureAwait(false);
            Directory.Delete(tree, recursive: true);
            LogSnapshot(logger, new FileInfo(zip).Length, string.Join(", ", manifest.Participants));
            return zip;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup snapshot taken: {Bytes} bytes from {Participants}")]
    private static partial void LogSnapshot(ILogger logger, long bytes, string participants);
}

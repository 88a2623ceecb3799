using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations;
using Mocean.Operations.Backup;
using Mocean.Research;

namespace Mocean.Server.Research;

/// <summary>The data service's DuckDB store in a backup: a checkpointed copy taken under the store's writer lock.</summary>
public sealed class ResearchBackup(DataService service, IOptions<StoreOptions> options) : IBackupParticipant
{
    private readonly string store = Path.Combine(options.Value.DataPath, DataService.StoreFile);

    public string Name => "research";

    public IEnumerable<string> Owns() => [store, store + ".wal", Path.Combine(options.Value.DataPath, ServerUrlFile.FileName)];

    public Task SnapshotAsync(string targetDir, CancellationToken cancel) =>
        Task.Run(() => service.Store.SnapshotTo(Path.Combine(targetDir, DataService.StoreFile)), cancel);
}

using Mocean.Research.Catalog;
using Mocean.Research.Store;

namespace Mocean.Server.Tests.Infrastructure;

/// <summary>The real data store, every call passed on; a test overrides the calls it watches or makes fail.</summary>
public abstract class DelegatingDataStore(IDataStore store) : IDataStore
{
    public virtual QueryResult Query(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel, bool streaming = false) =>
        store.Query(sql, parameters, cancel, streaming);

    public virtual long Count(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel) => store.Count(sql, parameters, cancel);

    public StoredDataset Replace(DatasetDescriptor descriptor, Action<IRowSink> fill, DateTimeOffset builtAt) => store.Replace(descriptor, fill, builtAt);

    public IReadOnlyList<StoredDataset> Datasets() => store.Datasets();

    public StoredDataset Append(DatasetDescriptor descriptor, IEnumerable<object?[]> rows, DateTimeOffset at) => store.Append(descriptor, rows, at);

    public long Trim(DatasetDescriptor descriptor, DateTime olderThan, long keepRows, DateTimeOffset at) => store.Trim(descriptor, olderThan, keepRows, at);

    public void DefineView(string view, DatasetDescriptor descriptor, string where, IReadOnlyCollection<string> hidden) =>
        store.DefineView(view, descriptor, where, hidden);

    public void SnapshotTo(string targetPath) => store.SnapshotTo(targetPath);

    public void ExportParquet(string sql, IReadOnlyList<object?> parameters, string path, CancellationToken cancel) =>
        store.ExportParquet(sql, parameters, path, cancel);

    public ColumnSource Columns(string sql, IReadOnlyList<object?> parameters, CancellationToken cancel) => store.Columns(sql, parameters, cancel);

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }
}

using Mocean.Research.Query;
using Mocean.Research.Store;

namespace Mocean.Research.Tests;

/// <summary>A data service on a store file in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mocean-research-" + Guid.NewGuid().ToString("N"));

    public TempStore(QueryLimits? limits = null)
    {
        Directory.CreateDirectory(Folder);
        Service = new DataService(new DuckStore(Path.Combine(Folder, DataService.StoreFile)), TimeProvider.System, limits);
    }

    public DataService Service { get; }

    public long Count(string sql, params object?[] parameters) => Service.Store.Count(sql, parameters, CancellationToken.None);

    public string File(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        Service.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}

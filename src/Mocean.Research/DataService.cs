using System.Runtime.CompilerServices;
using System.Text.Json;
using Mocean.Research.Catalog;
using Mocean.Research.Ingest;
using Mocean.Research.Query;
using Mocean.Research.Store;
using Mocean.Research.Teaching;

namespace Mocean.Research;

/// <summary>
/// Mocean.Research owns research data sets: their descriptors, ingest from CSV and NetCDF-3 files, the
/// embedded store (DuckDB behind <see cref="IDataStore"/>), tabledap query planning and the output formats.
/// It knows nothing of HTTP. This class is its front door: the published data sets, and adding one.
/// </summary>
public sealed partial class DataService : IDisposable
{
    public static readonly JsonSerializerOptions DescriptorJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Ingester ingester;
    private readonly Lock gate = new();
    private readonly ConditionalWeakTable<StoredDataset, DatasetRanges> ranges = [];
    private Dictionary<string, StoredDataset> datasets;

    public DataService(IDataStore store, TimeProvider clock, QueryLimits? limits = null)
    {
        Store = store;
        Limits = limits ?? QueryLimits.Default;
        Teaching = new TeachingReads(store, queryGate);
        ingester = new Ingester(store, clock);
        datasets = Load();
    }

    /// <summary>The store file's name inside the data directory.</summary>
    public const string StoreFile = "research.duckdb";

    public IDataStore Store { get; }

    /// <summary>The original teaching API's reads (profile, sensors, element), each reply written whole.</summary>
    public TeachingReads Teaching { get; }

    /// <summary>Raised with a data set's id after it has been (re)published.</summary>
    public event Action<string>? Published;

    public IReadOnlyList<StoredDataset> Datasets
    {
        get
        {
            lock (gate)
            {
                return [.. datasets.Values.OrderBy(d => d.Descriptor.Id, StringComparer.Ordinal)];
            }
        }
    }

    public StoredDataset? Find(string id)
    {
        lock (gate)
        {
            return datasets.GetValueOrDefault(id);
        }
    }

    /// <summary>The ranges of a published data set's variables, read once and kept until the data set is published again.</summary>
    public DatasetRanges Ranges(StoredDataset stored) => ranges.GetValue(stored, s => DatasetRanges.Read(Store, s.Descriptor));

    /// <summary>Builds (or rebuilds) a data set and publishes it whole.</summary>
    public IngestReport Add(DatasetDescriptor descriptor, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var report = ingester.Build(descriptor, progress, cancel);
        lock (gate)
        {
            datasets = Load();
        }

        Published?.Invoke(descriptor.Id);
        return report;
    }

    /// <summary>Appends rows to a data set that grows while it is published (created when new); queries see them at once.</summary>
    public StoredDataset Append(DatasetDescriptor descriptor, IEnumerable<object?[]> rows, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Keep(Store.Append(descriptor, rows, at));
    }

    /// <summary>Drops a growing data set's rows older than <paramref name="olderThan"/> and the oldest beyond <paramref name="keepRows"/>.</summary>
    public long Trim(DatasetDescriptor descriptor, DateTime olderThan, long keepRows, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var removed = Store.Trim(descriptor, olderThan, keepRows, at);
        if (removed > 0)
        {
            lock (gate)
            {
                datasets = Load();
            }
        }

        return removed;
    }

    private StoredDataset Keep(StoredDataset stored)
    {
        lock (gate)
        {
            datasets = new Dictionary<string, StoredDataset>(datasets, StringComparer.Ordinal) { [stored.Descriptor.Id] = stored };
        }

        return stored;
    }

    /// <summary>Publishes the shipped samples and the descriptors in <paramref name="descriptorFolder"/> not yet in the store.</summary>
    public IReadOnlyList<IngestReport> PublishMissing(IEnumerable<DatasetDescriptor> samples, string? descriptorFolder, Action<string, string>? failed = null)
    {
        var wanted = new List<DatasetDescriptor>(samples);
        if (descriptorFolder is not null && Directory.Exists(descriptorFolder))
        {
            foreach (var file in Directory.EnumerateFiles(descriptorFolder, "*.json").Order(StringComparer.Ordinal))
            {
                try
                {
                    wanted.Add(ReadDescriptor(file));
                }
                catch (DatasetException e)
                {
                    failed?.Invoke(Path.GetFileName(file), e.Message);
                }
            }
        }

        var reports = new List<IngestReport>();
        foreach (var descriptor in wanted)
        {
            if (Find(descriptor.Id) is null)
            {
                try
                {
                    reports.Add(Add(descriptor));
                }
                catch (Exception e) when (e is DatasetException or InvalidDataException or IOException)
                {
                    failed?.Invoke(descriptor.Id, e.Message);
                }
            }
        }

        return reports;
    }

    /// <summary>
    /// Reads a descriptor file. Its relative <c>files</c> are taken from the descriptor's own folder (where whoever wrote
    /// them was looking), whichever process reads the files later.
    /// </summary>
    public static DatasetDescriptor ReadDescriptor(string file)
    {
        try
        {
            var descriptor = JsonSerializer.Deserialize<DatasetDescriptor>(File.ReadAllText(file), DescriptorJson)
                ?? throw new DatasetException($"{file} holds no descriptor");
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            return descriptor.Files is null ? descriptor
                : descriptor with { Files = [.. descriptor.Files.Select(f => string.IsNullOrWhiteSpace(f) ? f : Path.GetFullPath(f, folder))] };
        }
        catch (JsonException e)
        {
            throw new DatasetException($"{Path.GetFileName(file)} is not a data set descriptor: {e.Message}");
        }
    }

    /// <summary>A descriptor guessed from CSV or NetCDF-3 files (<see cref="DescriptorInference"/>), for adding them without writing one.</summary>
    public static DatasetDescriptor DescribeFiles(IReadOnlyList<string> files, string? id, string? title) =>
        DescriptorInference.Describe(files, id, title);

    public void Dispose()
    {
        Store.Dispose();
        queryGate.Dispose();
    }

    private Dictionary<string, StoredDataset> Load() =>
        Store.Datasets().ToDictionary(d => d.Descriptor.Id, StringComparer.Ordinal);
}

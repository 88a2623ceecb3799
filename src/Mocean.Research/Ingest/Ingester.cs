using System.Diagnostics;
using Mocean.Research.Catalog;
using Mocean.Research.Store;

namespace Mocean.Research.Ingest;

/// <summary>A source row that could not be used: file, 1-based line (or record index), and why.</summary>
public sealed record RejectedRow(string File, long Line, string Reason);

/// <summary>How far an ingest is: rows kept so far, rows a second, and the share of the input read (0..1).</summary>
public readonly record struct IngestProgress(long Rows, double RowsPerSecond, double Fraction);

/// <summary>The outcome of a build: rows published, the first rejected rows (and how many in all), time taken.</summary>
public sealed record IngestReport(string Id, long Rows, long RejectedCount, IReadOnlyList<RejectedRow> Rejected, TimeSpan Elapsed)
{
    /// <summary>The summary line shown at the end of an ingest.</summary>
    public string Summary =>
        $"{Id}: {Rows} rows published, {RejectedCount} rejected, in {Elapsed.TotalSeconds:0.00} s ({(Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : Rows):0} rows/s)";

    /// <summary>The summary line, then the first rejected rows with their line numbers (what <c>data add</c> prints).</summary>
    public string Details
    {
        get
        {
            var lines = new List<string> { Summary };
            lines.AddRange(Rejected.Select(r => $"  rejected {r.File} line {r.Line}: {r.Reason}"));
            if (RejectedCount > Rejected.Count)
            {
                lines.Add($"  ... and {RejectedCount - Rejected.Count} more");
            }

            return string.Join('\n', lines);
        }
    }
}

/// <summary>
/// Builds a data set from its descriptor's files into the store: every usable row kept, each unusable one
/// reported with its line number, and the data set published whole or not at all (staging, then swap).
/// Rebuilding from the same files gives the same data set.
/// </summary>
public sealed class Ingester(IDataStore store, TimeProvider clock)
{
    /// <summary>How many rejected rows a report lists (all are counted).</summary>
    public const int ListedRejects = 100;

    public IngestReport Build(DatasetDescriptor descriptor, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        DescriptorRules.Check(descriptor);
        foreach (var file in descriptor.Files)
        {
            SourceFiles.Check(file);
        }

        var started = Stopwatch.GetTimestamp();
        var rejected = new List<RejectedRow>();
        long rejectedCount = 0;
        void Reject(string file, long line, string reason)
        {
            rejectedCount++;
            if (rejected.Count < ListedRejects)
            {
                rejected.Add(new RejectedRow(Path.GetFileName(file), line, reason));
            }
        }

        var totalSize = descriptor.Files.Sum(f => new FileInfo(f).Length);
        var stored = store.Replace(descriptor, sink =>
        {
            var counter = new Counter(sink, progress, started, totalSize);
            var rows = descriptor.Format == SourceFormat.NetCdf
                ? NetCdfRows.Read(descriptor, Reject)
                : CsvRows.Read(descriptor, Reject);
            foreach (var (row, fraction) in rows)
            {
                cancel.ThrowIfCancellationRequested();
                counter.Add(row, fraction);
            }

            if (counter.Rows == 0)
            {
                throw new DatasetException($"{descriptor.Id}: no usable rows ({rejectedCount} rejected); nothing was published");
            }

            counter.Finish();
        }, clock.GetUtcNow());
        return new IngestReport(descriptor.Id, stored.Rows, rejectedCount, rejected, Stopwatch.GetElapsedTime(started));
    }

    private sealed class Counter(IRowSink sink, IProgress<IngestProgress>? progress, long started, long totalSize)
    {
        private long lastReport = Stopwatch.GetTimestamp();

        public long Rows { get; private set; }

        private double fraction;

        public void Add(object?[] row, double readFraction)
        {
            sink.Add(row);
            Rows++;
            fraction = readFraction;
            if (progress is not null && (Rows & 0x3FFF) == 0 && Stopwatch.GetElapsedTime(lastReport).TotalMilliseconds >= 250)
            {
                lastReport = Stopwatch.GetTimestamp();
                Report();
            }
        }

        public void Finish()
        {
            fraction = 1;
            Report();
        }

        private void Report()
        {
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            progress?.Report(new IngestProgress(Rows, seconds > 0 ? Rows / seconds : 0, totalSize > 0 ? Math.Min(1, fraction) : 1));
        }
    }
}

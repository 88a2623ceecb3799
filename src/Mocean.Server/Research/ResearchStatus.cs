using Mocean.Operations;
using Mocean.Research;
using Mocean.Server.Protocol;

namespace Mocean.Server.Research;

/// <summary>The data sets loaded, with their row counts, on <c>/status</c>.</summary>
public sealed class ResearchStatus(DataService service) : IStatusContributor
{
    public ValueTask<IEnumerable<StatusLine>> StatusLinesAsync() => ValueTask.FromResult(Lines());

    private IEnumerable<StatusLine> Lines()
    {
        var sets = service.Datasets.OrderBy(d => d.Descriptor.Id, StringComparer.Ordinal).ToList();
        var text = sets.Count == 0
            ? "none"
            : string.Join(", ", sets.Select(d => $"{d.Descriptor.Id} ({WireNumbers.Number(d.Rows)} rows)"));
        yield return new StatusLine("data sets loaded", "datasetsLoaded", text,
            sets.ToDictionary(d => d.Descriptor.Id, d => d.Rows, StringComparer.Ordinal));
    }
}

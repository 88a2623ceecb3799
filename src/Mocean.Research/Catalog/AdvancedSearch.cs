using Mocean.Research.Store;

namespace Mocean.Research.Catalog;

/// <summary>
/// The fields of ERDDAP's advanced search (<c>/search/advanced</c>) beyond <c>searchFor</c>; null (or ERDDAP's
/// <c>(ANY)</c>) for a field not asked. Text fields match a whole value, case aside; the box and the times keep the data
/// sets whose range overlaps them.
/// </summary>
public sealed record AdvancedSearch(
    string? Protocol = null,
    string? CdmDataType = null,
    string? Institution = null,
    string? IoosCategory = null,
    string? Keywords = null,
    string? LongName = null,
    string? StandardName = null,
    string? VariableName = null,
    double? MinLon = null,
    double? MaxLon = null,
    double? MinLat = null,
    double? MaxLat = null,
    DateTime? MinTime = null,
    DateTime? MaxTime = null)
{
    /// <summary>True when the data set passes every field asked.</summary>
    public bool Matches(StoredDataset stored, DatasetRanges ranges)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(ranges);
        var d = stored.Descriptor;
        var variables = SiteColumns.Variables(d);
        var attributes = variables.SelectMany(c => Metadata.Variable(d, c, ranges)).ToList();
        return Same(Protocol, "tabledap")
            && Same(CdmDataType, Metadata.CdmDataType(d))
            && Same(Institution, d.Institution)
            && Any(IoosCategory, attributes.Where(a => a.Name == "ioos_category").Select(a => a.Value))
            && Keywords is null
            && Any(LongName, attributes.Where(a => a.Name == "long_name").Select(a => a.Value))
            && Any(StandardName, attributes.Where(a => a.Name == "standard_name").Select(a => a.Value))
            && Any(VariableName, variables.Select(c => c.Name))
            && Overlaps(ranges.For(SiteColumns.Longitude), MinLon, MaxLon)
            && Overlaps(ranges.For(SiteColumns.Latitude), MinLat, MaxLat)
            && Overlaps(d.TimeColumn is { } t ? ranges.For(t) : null, MinTime, MaxTime);
    }

    private static bool Same(string? asked, string? value) => asked is null || string.Equals(asked, value, StringComparison.OrdinalIgnoreCase);

    private static bool Any(string? asked, IEnumerable<string> values) => asked is null || values.Any(v => Same(asked, v));

    private static bool Overlaps(ColumnRange? range, double? low, double? high) =>
        (low is null && high is null)
        || (range is { Min: double min, Max: double max } && !(high < min) && !(low > max));

    private static bool Overlaps(ColumnRange? range, DateTime? low, DateTime? high) =>
        (low is null && high is null)
        || (range is { Min: DateTime min, Max: DateTime max } && !(high < min) && !(low > max));
}

using Mocean.Research.Catalog;
using Mocean.Research.Store;

namespace Mocean.Research.Tests;

/// <summary>
/// <c>/search</c> lists the best match first, as ERDDAP ranks: by the sum of the positions where each word is first
/// found in a data set's metadata, the title first, so a word in the title outranks the same word in a summary.
/// </summary>
public sealed class SearchRankTests
{
    private static StoredDataset Dataset(string id, string title, string summary, params string[] columns) => new(
        new DatasetDescriptor(id, title, summary, SourceFormat.Csv, ["a.csv"], [.. columns.Select(c => new ColumnDescriptor(c, ColumnType.Double))], TimeColumn: null),
        1, DateTimeOffset.UnixEpoch);

    private static readonly StoredDataset[] Datasets =
    [
        Dataset("buoy", "Alpha buoy", "Wind and waves; salinity on some days.", "wind", "salinity"),
        Dataset("mooring", "Mooring records", "Hourly readings.", "salinity", "temperature"),
        Dataset("survey", "Salinity survey", "Salinity along the shelf.", "salinity"),
        Dataset("waves", "Wave heights", "Waves only.", "height"),
    ];

    [Theory]
    [InlineData("salinity", new[] { "survey", "buoy", "mooring" })]
    [InlineData("SALINITY wind", new[] { "buoy" })]
    [InlineData("wave", new[] { "waves", "buoy" })]
    [InlineData("salinity -survey", new[] { "buoy", "mooring" })]
    [InlineData("", new[] { "buoy", "mooring", "survey", "waves" })]
    public void TheTitleMatchComesFirstThenTheEarlierMatch(string searchFor, string[] ids) =>
        Assert.Equal(ids, DatasetSearch.Find(Datasets, searchFor).Select(d => d.Descriptor.Id));
}

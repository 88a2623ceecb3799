using Mocean.Research.Catalog;
using Mocean.Research.Query;
using Mocean.Research.Store;

namespace Mocean.Research.Formats;

/// <summary>
/// <c>.ncCF</c> of a <c>Profile</c> or <c>Trajectory</c> data set: CF's contiguous ragged array, as ERDDAP writes it.
/// The column whose <c>cfRole</c> is <c>profile_id</c> (<c>trajectory_id</c>) names the features; a dimension
/// <c>profile</c> (<c>trajectory</c>) holds one value per feature of that column and, for a profile, of <c>time</c>,
/// <c>latitude</c> and <c>longitude</c> where they are constant within every profile sent (the
/// <c>cdm_profile_variables</c>), with <c>rowSize</c> (<c>sample_dimension = "obs"</c>), the number of rows of each;
/// every other variable lies along <c>obs</c>, the rows of the first feature, then of the second, each in the
/// query's order. Features are in the order of their ids.
/// </summary>
internal static class NetCdfFeatures
{
    public static NcLayout Layout(DatasetDescriptor descriptor, DatasetRanges ranges, DatasetRanges sent, IReadOnlyList<OutputColumn> columns,
        ColumnSource source, IReadOnlyList<NcDimension> strlen)
    {
        var type = Metadata.CdmDataType(descriptor);
        var (dimension, role) = type == "Profile" ? ("profile", "profile_id") : ("trajectory", "trajectory_id");
        if (descriptor.Columns.FirstOrDefault(c => c.CfRole == role) is not { } idColumn)
        {
            throw QueryException.Bad($"the .ncCF file type needs a {type} data set to mark the column that names each {dimension} with cfRole {role}; {descriptor.Id} marks none: use .nc");
        }

        var id = idColumn.Name;
        if (columns.All(c => c.Name != id))
        {
            throw QueryException.Bad($"the .ncCF file of a {type} data set needs its {role} variable: add {id} to the variables of the query");
        }

        string[] candidates = type == "Profile" ? [id, descriptor.TimeColumn ?? id, SiteColumns.Latitude, SiteColumns.Longitude] : [id];
        var features = columns.Where(c => candidates.Contains(c.Name) && (c.Name == id || source.ConstantWithin(c.Name, id))).ToList();
        var counts = source.Groups(id);
        var globals = Metadata.Global(descriptor, ranges).ToList();
        globals.Add(MetadataAttribute.Of($"cdm_{dimension}_variables", string.Join(",", features.Select(c => c.Name))));
        globals.Add(MetadataAttribute.Of("featureType", type));
        var rowSize = new NcVariable("rowSize", NcType.Int, [dimension],
        [
            MetadataAttribute.Of("ioos_category", "Identifier"),
            MetadataAttribute.Of("long_name", $"Number of Observations for this {type}"),
            MetadataAttribute.Of("sample_dimension", "obs"),
        ]);
        return new NcLayout(
            [new NcDimension(dimension, counts.Count), new NcDimension("obs", source.Rows), .. strlen],
            NetCdfCf.Sorted(globals),
            [
                .. features.Select(c => new NcColumn(c, NetCdfReply.Variable(descriptor, sent, c, dimension), id, FirstOfGroup: true)),
                .. columns.Except(features).Select(c => new NcColumn(c, NetCdfReply.Variable(descriptor, sent, c, "obs"), id)),
            ],
            [new NcConstant(rowSize, body =>
            {
                foreach (var count in counts)
                {
                    body.Int(checked((int)count));
                }

                body.Pad(counts.Count * 4L);
            })]);
    }
}

using Mocean.Research.Catalog;
using Mocean.Research.Query;
using Mocean.Research.Store;

namespace Mocean.Research.Formats;

/// <summary>
/// <c>.ncCF</c>: the CF discrete sampling geometry ERDDAP writes for the data set's <c>cdm_data_type</c>, with the
/// <c>featureType</c> global attribute. <c>Point</c>: every variable along <c>obs</c>. <c>TimeSeries</c> (a fixed site,
/// one station): a contiguous ragged array, a <c>timeseries</c> dimension of one station with <c>station</c> (its id,
/// <c>cf_role=timeseries_id</c>), <c>latitude</c>, <c>longitude</c> and <c>rowSize</c> (<c>sample_dimension=obs</c>), and the
/// other variables along <c>obs</c>. <c>Profile</c> and <c>Trajectory</c>: <see cref="NetCdfFeatures"/>. Other types are
/// refused.
/// </summary>
internal static class NetCdfCf
{
    public static NcLayout Layout(DatasetDescriptor descriptor, DatasetRanges ranges, DatasetRanges sent, IReadOnlyList<OutputColumn> columns, ColumnSource source, IReadOnlyDictionary<string, int> widths)
    {
        var type = Metadata.CdmDataType(descriptor);
        var rows = source.Rows;
        var strlen = widths.Select(w => new NcDimension(w.Key + "_strlen", w.Value)).ToList();
        var globals = Metadata.Global(descriptor, ranges).ToList();
        if (type == "Point")
        {
            globals.Add(MetadataAttribute.Of("featureType", "Point"));
            return new NcLayout([new NcDimension("obs", rows), .. strlen], Sorted(globals),
                [.. columns.Select(c => new NcColumn(c, NetCdfReply.Variable(descriptor, sent, c, "obs")))], []);
        }

        if (type is "Profile" or "Trajectory")
        {
            return NetCdfFeatures.Layout(descriptor, ranges, sent, columns, source, strlen);
        }

        if (type != "TimeSeries")
        {
            throw QueryException.Bad($"the .ncCF file type needs a data set of cdm_data_type Point, TimeSeries, Profile or Trajectory; {descriptor.Id} is {type}: use .nc");
        }

        var id = System.Text.Encoding.UTF8.GetBytes(descriptor.Id);
        var station = new NcVariable("station", NcType.Char, ["timeseries", "station_strlen"],
        [
            MetadataAttribute.Of("cf_role", "timeseries_id"),
            MetadataAttribute.Of("ioos_category", "Identifier"),
            MetadataAttribute.Of("long_name", "Station"),
        ]);
        var constants = new List<NcConstant>
        {
            new(station, body =>
            {
                body.Bytes(id);
                body.Pad(id.Length);
            }),
        };
        var stationVariables = new List<string> { "station" };
        foreach (var site in SiteColumns.Variables(descriptor).Where(c => SiteColumns.IsSite(descriptor, c)))
        {
            var position = SiteColumns.Value(descriptor, site)!.Value;
            var output = new OutputColumn(site.Name, ColumnType.Double, site.Units);
            constants.Add(new NcConstant(NetCdfReply.Variable(descriptor, sent, output, "timeseries"), body => body.Double(position)));
            stationVariables.Add(site.Name);
        }

        constants.Add(new NcConstant(new NcVariable("rowSize", NcType.Int, ["timeseries"],
        [
            MetadataAttribute.Of("ioos_category", "Identifier"),
            MetadataAttribute.Of("long_name", "Number of Observations for this TimeSeries"),
            MetadataAttribute.Of("sample_dimension", "obs"),
        ]), body => body.Int(checked((int)rows))));
        globals.Add(MetadataAttribute.Of("cdm_timeseries_variables", string.Join(",", stationVariables)));
        globals.Add(MetadataAttribute.Of("featureType", "TimeSeries"));
        var observed = columns.Where(c => !stationVariables.Contains(c.Name)).ToList();
        return new NcLayout(
            [new NcDimension("timeseries", 1), new NcDimension("obs", rows), new NcDimension("station_strlen", Math.Max(1, id.Length)), .. strlen],
            Sorted(globals),
            [.. observed.Select(c => new NcColumn(c, NetCdfReply.Variable(descriptor, sent, c, "obs")))],
            constants);
    }

    internal static List<MetadataAttribute> Sorted(List<MetadataAttribute> list)
    {
        list.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));
        return list;
    }
}

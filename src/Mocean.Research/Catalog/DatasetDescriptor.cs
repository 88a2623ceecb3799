using System.Text.Json.Serialization;

namespace Mocean.Research.Catalog;

/// <summary>The kind of values a column holds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnType>))]
public enum ColumnType
{
    Double,
    Integer,
    Text,
    Time,
}

/// <summary>The file format a data set is built from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceFormat>))]
public enum SourceFormat
{
    Csv,
    NetCdf,
}

/// <summary>One published column: its name, type, units and CF attributes, and where its values come from.</summary>
/// <param name="Name">The published name (letters, digits, underscore; <c>time</c> for the time column).</param>
/// <param name="Type">The kind of values.</param>
/// <param name="Source">The column (CSV header) or variable (NetCDF) the values come from; the name when null.</param>
/// <param name="Units">Units as ERDDAP shows them (<c>UTC</c> for time).</param>
/// <param name="StandardName">The CF standard name, when there is one.</param>
/// <param name="LongName">A readable name.</param>
/// <param name="Scale">A factor applied to numbers on ingest (-1 turns a height into a depth).</param>
/// <param name="Positive">CF <c>positive</c> attribute (<c>down</c> for depth).</param>
/// <param name="DataType">The stored type in ERDDAP's words (<c>float</c>, <c>int</c>, ...: <see cref="DataTypes"/>); null for the widest.</param>
/// <param name="CfRole">CF's <c>cf_role</c>: <c>profile_id</c>, <c>timeseries_id</c> or <c>trajectory_id</c> for the column naming each feature (a profile, a station, a trajectory).</param>
public sealed record ColumnDescriptor(
    string Name,
    ColumnType Type,
    string? Source = null,
    string? Units = null,
    string? StandardName = null,
    string? LongName = null,
    double Scale = 1,
    string? Positive = null,
    string? DataType = null,
    string? CfRole = null)
{
    public string SourceName => Source ?? Name;
}

/// <summary>
/// What a data set is and how it is built: identity, provenance, columns and the files to read.
/// <c>CdmDataType</c> is ERDDAP's <c>cdm_data_type</c> (<c>TimeSeries</c> for a data set with times, <c>Other</c> without,
/// unless given) and <c>SourceUrl</c> where the data came from (<c>(local files)</c> unless given).
/// Immutable; serialised as JSON in the data directory and sent to a running server by <c>data add</c>.
/// </summary>
public sealed record DatasetDescriptor(
    string Id,
    string Title,
    string Summary,
    SourceFormat Format,
    IReadOnlyList<string> Files,
    IReadOnlyList<ColumnDescriptor> Columns,
    string? TimeColumn = "time",
    double? Latitude = null,
    double? Longitude = null,
    string License = "",
    string Citation = "",
    string Institution = "",
    string? Comment = null,
    string? CdmDataType = null,
    string? SourceUrl = null)
{
    /// <summary>The column called <paramref name="name"/> (exact, case-sensitive as ERDDAP), or null.</summary>
    public ColumnDescriptor? Column(string name)
    {
        foreach (var column in Columns)
        {
            if (string.Equals(column.Name, name, StringComparison.Ordinal))
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>The table in the store that holds this data set's rows.</summary>
    public string TableName => "ds_" + Id;
}

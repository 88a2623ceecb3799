using System.Text.RegularExpressions;

namespace Mocean.Research.Catalog;

/// <summary>Checks a descriptor before anything is built from it, so names can be used as SQL identifiers.</summary>
public static partial class DescriptorRules
{
    /// <summary>Throws <see cref="DatasetException"/> naming the first problem found.</summary>
    public static void Check(DatasetDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);

        // A descriptor read from JSON may lack what its type says it has: each missing part is named, not a crash.
        if (descriptor.Id is null)
        {
            throw new DatasetException("the descriptor has no \"id\": give the data set an id of letters, digits and underscores");
        }

        if (!Identifier().IsMatch(descriptor.Id))
        {
            throw new DatasetException($"data set id '{Clip(descriptor.Id)}' must be letters, digits and underscores (at most 64), starting with a letter");
        }

        if (Reserved.Contains(descriptor.Id, StringComparer.OrdinalIgnoreCase))
        {
            throw new DatasetException($"data set id '{descriptor.Id}' is a name the data service uses itself (the list of data sets); choose another");
        }

        if (descriptor.Files is null || descriptor.Files.Count == 0 || descriptor.Files.Any(string.IsNullOrWhiteSpace))
        {
            throw new DatasetException($"data set '{descriptor.Id}' names no source file (\"files\": [\"data.csv\"])");
        }

        if (descriptor.Columns is null || descriptor.Columns.Count == 0)
        {
            throw new DatasetException($"data set '{descriptor.Id}' has no columns (\"columns\": [{{\"name\": \"time\", \"type\": \"Time\"}}, ...])");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in descriptor.Columns)
        {
            if (column?.Name is null)
            {
                throw new DatasetException($"data set '{descriptor.Id}' has a column without a \"name\"");
            }

            if (!Identifier().IsMatch(column.Name))
            {
                throw new DatasetException($"column name '{Clip(column.Name)}' must be letters, digits and underscores, starting with a letter");
            }

            if (column.DataType is { } stored && !DataTypes.Allowed(column.Type).Contains(stored, StringComparer.Ordinal))
            {
                throw new DatasetException($"column {column.Name}: dataType '{stored}' is not one of {string.Join(", ", DataTypes.Allowed(column.Type))} (for type {column.Type})");
            }

            if (column.CfRole is { } role && !CfRoles.Contains(role, StringComparer.Ordinal))
            {
                throw new DatasetException($"column {column.Name}: cfRole '{Clip(role)}' is not one of {string.Join(", ", CfRoles)}");
            }

            if (!seen.Add(column.Name))
            {
                throw new DatasetException($"column name '{column.Name}' appears twice");
            }
        }

        if (descriptor.Columns.Where(c => c.CfRole is not null).GroupBy(c => c.CfRole).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DatasetException($"cfRole '{twice.Key}' is given to more than one column ({string.Join(", ", twice.Select(c => c.Name))})");
        }

        if (descriptor.CdmDataType is { } cdm && !CdmDataTypes.Contains(cdm, StringComparer.Ordinal))
        {
            throw new DatasetException($"cdmDataType '{cdm}' is not one of ERDDAP's: {string.Join(", ", CdmDataTypes)}");
        }

        if (descriptor.TimeColumn is { } time && descriptor.Column(time) is not { Type: ColumnType.Time })
        {
            throw new DatasetException($"time column '{time}' is not a column of type Time");
        }
    }

    /// <summary>Ids the data service's own routes use (<c>/tabledap/allDatasets</c>), never a data set's.</summary>
    public static readonly IReadOnlyList<string> Reserved = ["allDatasets"];

    private static string Clip(string text) => text.Length <= 64 ? text : text[..61] + "...";

    /// <summary>ERDDAP's values of <c>cdm_data_type</c>.</summary>
    public static readonly string[] CdmDataTypes = ["Point", "Profile", "TimeSeries", "TimeSeriesProfile", "Trajectory", "TrajectoryProfile", "Other"];

    /// <summary>CF's values of <c>cf_role</c> that name a feature.</summary>
    public static readonly string[] CfRoles = ["profile_id", "timeseries_id", "trajectory_id"];

    /// <summary>True when the text may name a data set or a column.</summary>
    public static bool IsIdentifier(string text) => Identifier().IsMatch(text);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Identifier();
}

/// <summary>A data set that cannot be described, built or found; the message says which and why.</summary>
public sealed class DatasetException(string message) : Exception(message);

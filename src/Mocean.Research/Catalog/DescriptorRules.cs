using System.Text.RegularExpressions;

namespace Mocean.Research.Catalog;

/// <summary>Checks a descriptor before anything is built from it, so names can be used as SQL identifiers.</summary>
public static partial class DescriptorRules
{
    /// <summary>Throws <see cref="DatasetException"/> naming the first problem found.</summary>
    public static void Check(DatasetDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!Identifier().IsMatch(descriptor.Id))
        {
            throw new DatasetException($"data set id '{descriptor.Id}' must be letters, digits and underscores (at most 64), starting with a letter");
        }

        if (descriptor.Files.Count == 0)
        {
            throw new DatasetException($"data set '{descriptor.Id}' names no source file");
        }

        if (descriptor.Columns.Count == 0)
        {
            throw new DatasetException($"data set '{descriptor.Id}' has no columns");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in descriptor.Columns)
        {
            if (!Identifier().IsMatch(column.Name))
            {
                throw new DatasetException($"column name '{column.Name}' must be letters, digits and underscores, starting with a letter");
            }

            if (column.DataType is { } stored && !DataTypes.Allowed(column.Type).Contains(stored, StringComparer.Ordinal))
            {
                throw new DatasetException($"column {column.Name}: dataType '{stored}' is not one of {string.Join(", ", DataTypes.Allowed(column.Type))} (for type {column.Type})");
            }

            if (!seen.Add(column.Name))
            {
                throw new DatasetException($"column name '{column.Name}' appears twice");
            }
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

    /// <summary>ERDDAP's values of <c>cdm_data_type</c>.</summary>
    public static readonly string[] CdmDataTypes = ["Point", "Profile", "TimeSeries", "TimeSeriesProfile", "Trajectory", "TrajectoryProfile", "Other"];

    /// <summary>True when the text may name a data set or a column.</summary>
    public static bool IsIdentifier(string text) => Identifier().IsMatch(text);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Identifier();
}

/// <summary>A data set that cannot be described, built or found; the message says which and why.</summary>
public sealed class DatasetException(string message) : Exception(message);

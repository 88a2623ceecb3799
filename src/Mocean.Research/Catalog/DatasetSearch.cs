using System.Text;
using Mocean.Research.Store;

namespace Mocean.Research.Catalog;

/// <summary>One word or phrase of a search, and whether it must be absent (<c>-word</c>).</summary>
public sealed record SearchTerm(string Text, bool Excluded);

/// <summary>
/// ERDDAP's search of data sets (<c>/search/index.json?searchFor=...</c>): the words are searched for separately
/// and every one must appear, <c>"a phrase"</c> in double quotes is one term, <c>-word</c> or <c>-"a phrase"</c> must not
/// appear; case does not matter and any part of a word matches (<c>spee</c> finds <c>WindSpeed</c>). What is searched is
/// the data set's metadata: id (also as <c>datasetID=ID</c>), title, summary, institution, license, citation, comment,
/// its <c>cdm_data_type</c>, and each variable's name, long name, standard name and units.
/// </summary>
public static class DatasetSearch
{
    /// <summary>The data sets whose metadata match <paramref name="searchFor"/> (all of them for an empty search), by title.</summary>
    public static IReadOnlyList<StoredDataset> Find(IEnumerable<StoredDataset> datasets, string? searchFor)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var terms = Terms(searchFor);
        return [.. datasets.Where(d => Matches(Text(d.Descriptor), terms))
            .OrderBy(d => d.Descriptor.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Descriptor.Id, StringComparer.Ordinal)];
    }

    /// <summary>The terms of a search: words split at spaces, phrases in double quotes, a leading <c>-</c> to exclude.</summary>
    public static IReadOnlyList<SearchTerm> Terms(string? searchFor)
    {
        var terms = new List<SearchTerm>();
        var text = searchFor ?? "";
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }

            string term;
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                term = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                term = text[i..end];
                i = end;
            }

            if (term.Length > 0)
            {
                terms.Add(new SearchTerm(term, excluded));
            }
        }

        return terms;
    }

    /// <summary>The metadata a search looks through, one item a line.</summary>
    public static string Text(DatasetDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var text = new StringBuilder();
        foreach (var item in new[]
        {
            descriptor.Id, "datasetID=" + descriptor.Id, descriptor.Title, descriptor.Summary, descriptor.Institution,
            descriptor.License, descriptor.Citation, descriptor.Comment, Metadata.CdmDataType(descriptor),
        })
        {
            text.Append(item).Append('\n');
        }

        foreach (var column in SiteColumns.Variables(descriptor))
        {
            text.Append(column.Name).Append('\n').Append(column.LongName).Append('\n')
                .Append(column.StandardName).Append('\n').Append(column.Units).Append('\n');
        }

        return text.ToString();
    }

    private static bool Matches(string text, IReadOnlyList<SearchTerm> terms) =>
        terms.All(t => text.Contains(t.Text, StringComparison.OrdinalIgnoreCase) != t.Excluded);
}

using System.Globalization;
using Mocean.Research;
using Mocean.Research.Catalog;
using Mocean.Research.Ingest;
using Mocean.Research.Query;

namespace Mocean.Server.Research;

/// <summary>
/// ERDDAP's lists of data sets: <c>/search/index.{type}?searchFor=...</c>, <c>/search/advanced.{type}?...</c> (erddapy's
/// <c>get_search_url</c>) and <c>/info/index.{type}</c> (its <c>get_info_url</c> without a data set), in json, csv, tsv
/// or htmlTable, also under <c>/erddap</c>. <c>page</c> and <c>itemsPerPage</c> page the list; no match is a 404.
/// </summary>
public static class SearchApi
{
    public static WebApplication MapSearch(this WebApplication app)
    {
        foreach (var prefix in new[] { "", "/erddap" })
        {
            app.MapGet(prefix + "/search/{file}", Search).WithTags("Research").ExcludeFromDescription();
            app.MapGet(prefix + "/info/{file}", InfoIndex).WithTags("Research").ExcludeFromDescription();
        }

        return app;
    }

    private static Task Search(HttpContext context, string file, DataService data)
    {
        var (page, type) = Split(file);
        if (page is not ("index" or "advanced"))
        {
            return ErddapError.WriteAsync(context, 404, $"there is no /search/{TabledapApi.Clip(file)}; use /search/index.json?searchFor=WORDS or /search/advanced.json");
        }

        var query = context.Request.Query;
        var found = DatasetSearch.Find(data.Datasets, query["searchFor"].ToString());
        if (page == "advanced")
        {
            if (!TryAdvanced(context, out var advanced, out var problem))
            {
                return ErddapError.WriteAsync(context, 400, "Query error: " + problem);
            }

            found = [.. found.Where(s => advanced.Matches(s, data.Ranges(s)))];
        }

        return WriteAsync(context, found, type);
    }

    private static Task InfoIndex(HttpContext context, string file, DataService data)
    {
        var (page, type) = Split(file);
        return page == "index"
            ? WriteAsync(context, [.. data.Datasets.OrderBy(d => d.Descriptor.Title, StringComparer.OrdinalIgnoreCase)], type)
            : ErddapError.WriteAsync(context, 404, $"there is no /info/{TabledapApi.Clip(file)}; use /info/index.json or /info/DATASET/index.json");
    }

    private static Task WriteAsync(HttpContext context, IReadOnlyList<Mocean.Research.Store.StoredDataset> found, string type)
    {
        if (!IndexTables.Types.Contains(type))
        {
            return ErddapError.WriteAsync(context, 400, $"Query error: unknown file type '.{TabledapApi.Clip(type)}'; use .json, .csv, .tsv or .htmlTable");
        }

        if (!TryPositive(context, "page", out var page) || !TryPositive(context, "itemsPerPage", out var perPage))
        {
            return ErddapError.WriteAsync(context, 400, "Query error: page and itemsPerPage must be whole numbers from 1");
        }

        var rows = found.Skip((int)Math.Min(int.MaxValue, (page - 1) * perPage)).Take((int)Math.Min(int.MaxValue, perPage))
            .Select(s => IndexTables.Row(s, IndexTables.BaseUrl(context), type)).ToList();
        return rows.Count == 0
            ? ErddapError.WriteAsync(context, 404, QueryLimits.NoRows)
            : IndexTables.WriteAsync(context, IndexTables.Columns, rows, type);
    }

    private static (string Page, string Type) Split(string file)
    {
        var dot = file.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (file, "") : (file[..dot], file[(dot + 1)..]);
    }

    private static bool TryPositive(HttpContext context, string name, out long value)
    {
        var text = context.Request.Query[name].ToString();
        value = 1;
        if (name == "itemsPerPage")
        {
            value = 1000;
        }

        return text.Length == 0 || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1);
    }

    private static bool TryAdvanced(HttpContext context, out AdvancedSearch search, out string problem)
    {
        string? Text(string name) => context.Request.Query[name].ToString().Trim() is { Length: > 0 } t && t != "(ANY)" ? t : null;
        search = new AdvancedSearch();
        var trouble = "";
        double? Number(string name)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n))
            {
                return n;
            }

            trouble = $"{name}={TabledapApi.Clip(text)} is not a number";
            return null;
        }

        DateTime? Time(string name)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }

            if (Values.TryTime(text, out var time))
            {
                return time;
            }

            trouble = $"{name}={TabledapApi.Clip(text)} is not a time: send ISO 8601 (2022-01-05T00:00:00Z) or seconds since 1970-01-01";
            return null;
        }

        search = new AdvancedSearch(Text("protocol"), Text("cdm_data_type"), Text("institution"), Text("ioos_category"), Text("keywords"),
            Text("long_name"), Text("standard_name"), Text("variableName"), Number("minLon"), Number("maxLon"), Number("minLat"), Number("maxLat"),
            Time("minTime"), Time("maxTime"));
        problem = trouble;
        return problem.Length == 0;
    }
}

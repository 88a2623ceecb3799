using Mocean.Research.Catalog;

namespace Mocean.Research.Query;

/// <summary>
/// Turns a tabledap request into SQL for one data set. Identifiers come only from the descriptor's column
/// names (checked when the data set was described); every value from the URL becomes a parameter.
/// </summary>
public static partial class QueryPlanner
{
    public static QueryPlan Plan(TabledapRequest request, DatasetDescriptor descriptor) => Plan(request, descriptor, QueryContext.None);

    /// <summary>Plans a query whose constraints may use <c>now</c>, <c>min(var)</c> and <c>max(var)</c>, read from <paramref name="context"/>.</summary>
    public static QueryPlan Plan(TabledapRequest request, DatasetDescriptor descriptor, QueryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(descriptor);
        var columns = request.Variables.Count == 0
            ? SiteColumns.Variables(descriptor).ToList()
            : request.Variables.Select(v => Known(descriptor, v)).ToList();
        if (columns.Select(c => c.Name).Distinct().Count() != columns.Count)
        {
            throw QueryException.Bad("a variable is listed twice");
        }

        var parameters = new List<object?>();
        var where = new List<string>();
        var site = columns.Any(c => SiteColumns.IsSite(descriptor, c));
        foreach (var constraint in request.Constraints)
        {
            var column = Known(descriptor, constraint.Variable);
            site |= SiteColumns.IsSite(descriptor, column);
            where.Add(Condition(column, constraint, parameters, descriptor, context));
        }

        var matchingParameters = parameters.Count;
        var table = Source(descriptor, site, context.Table);
        var whereSql = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        var output = columns.Select(Output).ToList();
        var select = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var sql = $"SELECT {select} FROM {table}{whereSql}";
        var distinct = false;
        string? order = null;
        foreach (var function in request.Functions)
        {
            switch (function.Name)
            {
                case "distinct":
                    if (function.Argument.Length > 0)
                    {
                        throw QueryException.Bad("distinct() takes no argument");
                    }

                    distinct = true;
                    break;
                case "orderBy":
                    order = string.Join(", ", Names(function, descriptor, columns).Select(Quote));
                    break;
                case "orderByMax" or "orderByMin":
                    (sql, order) = Extreme(function, descriptor, columns, select, table, whereSql);
                    break;
                case "orderByMean":
                    (sql, output, order) = Mean(function, descriptor, columns, table, whereSql, parameters);
                    break;
                default:
                    throw QueryException.Bad($"unknown function '{TabledapRequest.Clip(function.Name)}'; known: distinct(), orderBy, orderByMax, orderByMin, orderByMean");
            }
        }

        if (distinct)
        {
            sql = $"SELECT DISTINCT * FROM ({sql})";
            order ??= string.Join(", ", output.Select(c => Quote(c.Name)));
        }

        if (order is not null)
        {
            sql = $"SELECT * FROM ({sql}) ORDER BY {order}";
        }

        return new QueryPlan(sql, parameters, output, $"SELECT count(*) FROM {table}{whereSql}", matchingParameters);
    }

    /// <summary>The table, with the site's constant columns added when the query uses one of them.</summary>
    private static string Source(DatasetDescriptor descriptor, bool site, string? view)
    {
        var table = Quote(view ?? descriptor.TableName);
        return site ? $"(SELECT *, {SiteColumns.Sql(descriptor, Quote)} FROM {table}) AS {table}" : table;
    }

    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static OutputColumn Output(ColumnDescriptor column) =>
        new(column.Name, column.Type, column.Type == ColumnType.Time ? "UTC" : column.Units, column.Positive,
            column.Type is ColumnType.Double or ColumnType.Integer ? DataTypes.Of(column) : null);

    private static ColumnDescriptor Known(DatasetDescriptor descriptor, string name) =>
        SiteColumns.Variable(descriptor, name) ?? throw QueryException.Bad($"Unrecognized variable=\"{TabledapRequest.Clip(name)}\".");

    private static List<string> Names(QueryFunction function, DatasetDescriptor descriptor, List<ColumnDescriptor> columns)
    {
        var names = function.Argument.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (names.Count == 0)
        {
            throw QueryException.Bad($"{function.Name} needs a list of variables, e.g. {function.Name}(\"time\")");
        }

        foreach (var name in names)
        {
            var column = Known(descriptor, name);
            if (!columns.Contains(column))
            {
                throw QueryException.Bad($"{function.Name}: '{column.Name}' must also be among the variables asked for");
            }
        }

        return names;
    }

    private static (string Sql, string Order) Extreme(QueryFunction function, DatasetDescriptor descriptor, List<ColumnDescriptor> columns, string select, string table, string whereSql)
    {
        var names = Names(function, descriptor, columns);
        var last = Quote(names[^1]);
        var groups = names.Take(names.Count - 1).Select(Quote).ToList();
        var partition = groups.Count == 0 ? "" : "PARTITION BY " + string.Join(", ", groups) + " ";
        var direction = function.Name == "orderByMax" ? "DESC" : "ASC";
        var sql = $"SELECT {select} FROM (SELECT {select}, row_number() OVER ({partition}ORDER BY {last} {direction} NULLS LAST) AS mocean_rank FROM {table}{whereSql}) WHERE mocean_rank = 1";
        return (sql, groups.Count == 0 ? last : string.Join(", ", groups));
    }

    private static (string Sql, List<OutputColumn> Output, string Order) Mean(
        QueryFunction function, DatasetDescriptor descriptor, List<ColumnDescriptor> columns, string table, string whereSql, List<object?> parameters)
    {
        var items = function.Argument.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0)
        {
            throw QueryException.Bad("orderByMean needs variables, e.g. orderByMean(\"time/1hour\")");
        }

        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var slash = item.IndexOf('/', StringComparison.Ordinal);
            var column = Known(descriptor, slash < 0 ? item : item[..slash]);
            if (!columns.Contains(column))
            {
                throw QueryException.Bad($"orderByMean: '{column.Name}' must also be among the variables asked for");
            }

            groups[column.Name] = slash < 0 ? Quote(column.Name) : Bin(column, item[(slash + 1)..], parameters);
        }

        var select = new List<string>();
        var output = new List<OutputColumn>();
        foreach (var column in columns)
        {
            if (groups.TryGetValue(column.Name, out var expression))
            {
                // A bin of a number is a double (floor(x / width) * width), whatever the width x is stored at.
                var binned = expression != Quote(column.Name) && column.Type is ColumnType.Double or ColumnType.Integer;
                select.Add($"{expression} AS {Quote(column.Name)}");
                output.Add(binned ? Output(column) with { DataType = null } : Output(column));
            }
            else if (SiteColumns.IsSite(descriptor, column))
            {
                // The site's position is the same in every row: its mean is exactly that position.
                select.Add($"min({Quote(column.Name)}) AS {Quote(column.Name)}");
                output.Add(Output(column));
            }
            else if (column.Type is ColumnType.Double or ColumnType.Integer)
            {
                select.Add($"avg({Quote(column.Name)}) AS {Quote(column.Name)}");
                output.Add(Output(column) with { Type = ColumnType.Double, DataType = null });
            }
            else
            {
                // As ERDDAP: a time that is not a group is averaged too (written to the second, as ERDDAP writes it);
                // text is kept where the group has one value.
                select.Add(column.Type == ColumnType.Time
                    ? $"make_timestamp(CAST(floor(avg(epoch_us({Quote(column.Name)})) / 1000000) AS BIGINT) * 1000000) AS {Quote(column.Name)}"
                    : $"CASE WHEN count({Quote(column.Name)}) = count(*) AND min({Quote(column.Name)}) = max({Quote(column.Name)}) THEN min({Quote(column.Name)}) END AS {Quote(column.Name)}");
                output.Add(Output(column));
            }
        }

        var keys = columns.Where(c => groups.ContainsKey(c.Name)).Select(c => Quote(c.Name));
        var sql = $"SELECT {string.Join(", ", select)} FROM {table}{whereSql} GROUP BY ALL";
        return (sql, output, string.Join(", ", keys));
    }
}

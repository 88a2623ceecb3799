using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mocean.Client.Data;

/// <summary>
/// An ERDDAP tabledap query, written exactly as erddapy writes it:
/// <c>{server}/erddap/tabledap/{id}.{type}?{var1,var2}&amp;{constraint}...</c>, times as epoch seconds
/// (<c>time&gt;=1641340800.0</c>), strings in double quotes, functions after the constraints.
/// Each method returns a new query; the query itself never changes.
/// </summary>
public sealed record TabledapQuery
{
    private static readonly string[] Operators = ["=", "!=", "<", "<=", ">", ">=", "=~"];

    private readonly Wire wire;

    internal TabledapQuery(Wire wire, string datasetId)
    {
        this.wire = wire;
        DatasetId = datasetId;
    }

    public string DatasetId { get; }

    public IReadOnlyList<string> Variables { get; private init; } = [];

    /// <summary>Each constraint as it is written in the URL, like <c>time&gt;=1641340800.0</c> (<c>+</c> and <c>%</c> in a value escaped).</summary>
    public IReadOnlyList<string> Constraints { get; private init; } = [];

    /// <summary>Server-side functions, like <c>orderBy("time")</c> or <c>distinct()</c>.</summary>
    public IReadOnlyList<string> Functions { get; private init; } = [];

    /// <summary>The variables (columns) to return, in order.</summary>
    public TabledapQuery Select(params string[] variables) => this with { Variables = [.. Variables, .. variables] };

    public TabledapQuery Where(string variable, string op, double value) => Add(variable, op, PythonNumber.Float(value));

    public TabledapQuery Where(string variable, string op, long value) => Add(variable, op, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A string constraint: the value goes in double quotes (a regular expression with <c>=~</c>).</summary>
    public TabledapQuery Where(string variable, string op, string value) => Add(variable, op, "\"" + value + "\"");

    /// <summary>A time constraint, sent as epoch seconds the way erddapy sends it.</summary>
    public TabledapQuery Where(string variable, string op, DateTimeOffset time) =>
        Add(variable, op, PythonNumber.Float((time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerSecond));

    public TabledapQuery Where(string variable, string op, DateTime time) =>
        Where(variable, op, new DateTimeOffset(DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : time.Kind)));

    /// <summary>Rows from <paramref name="start"/> (inclusive) to <paramref name="stop"/> (inclusive), on <c>time</c>.</summary>
    public TabledapQuery Between(DateTimeOffset start, DateTimeOffset stop) => Where("time", ">=", start).Where("time", "<=", stop);

    public TabledapQuery OrderBy(params string[] variables) => Function("orderBy", variables);

    public TabledapQuery OrderByMax(params string[] variables) => Function("orderByMax", variables);

    public TabledapQuery OrderByMin(params string[] variables) => Function("orderByMin", variables);

    /// <summary>Bins and averages, like <c>OrderByMean("time/1hour")</c>.</summary>
    public TabledapQuery OrderByMean(params string[] variables) => Function("orderByMean", variables);

    /// <summary>Only distinct rows (<c>&amp;distinct()</c>, as erddapy's <c>distinct=True</c>).</summary>
    public TabledapQuery Distinct() => this with { Functions = [.. Functions, "distinct()"] };

    /// <summary>The URL of this query in a response type: <c>csv</c>, <c>csvp</c>, <c>csv0</c>, <c>tsv</c>, <c>json</c>, <c>jsonlKVP</c>, <c>htmlTable</c>, <c>parquet</c>, <c>png</c>.</summary>
    public string Url(string type = "csv")
    {
        var url = new StringBuilder(wire.Server.ToString()).Append("erddap/tabledap/").Append(DatasetId).Append('.').Append(type).Append('?');
        url.AppendJoin(',', Variables);
        foreach (var part in Constraints.Concat(Functions))
        {
            url.Append('&').Append(part);
        }

        return url.ToString();
    }

    /// <summary>The reply in <paramref name="type"/> as text; ERDDAP's errors (400, 404 no rows, 413) throw with their message.</summary>
    public async Task<TextReply> GetTextAsync(string type = "csv", CancellationToken cancel = default)
    {
        var url = new Uri(Url(type));
        var reply = await wire.SendAsync(url, cancel).ConfigureAwait(false);
        return reply.Status >= 400 ? throw new MoceanException(reply.Status, Wire.ServerLine(reply.Text), "/erddap/tabledap/" + DatasetId, url) : reply;
    }

    /// <summary>The reply in ERDDAP's JSON form as a <see cref="Table"/>.</summary>
    public async Task<Table> GetTableAsync(CancellationToken cancel = default)
    {
        var reply = await GetTextAsync("json", cancel).ConfigureAwait(false);
        var table = Wire.Parse<JsonElement>(reply.Text, "/erddap/tabledap/" + DatasetId).GetProperty("table");
        static IReadOnlyList<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
        return new Table(
            Strings(table.GetProperty("columnNames")),
            Strings(table.GetProperty("columnTypes")),
            Strings(table.GetProperty("columnUnits")),
            [.. table.GetProperty("rows").EnumerateArray().Select(row => (IReadOnlyList<JsonElement>)[.. row.EnumerateArray().Select(cell => cell.Clone())])])
        { Elapsed = reply.Elapsed };
    }

    private TabledapQuery Add(string variable, string op, string value) =>
        Array.IndexOf(Operators, op) < 0
            ? throw new ArgumentException($"'{op}' is not a tabledap operator; use one of {string.Join(' ', Operators)}", nameof(op))
            : this with { Constraints = [.. Constraints, variable + op + Escaped(value)] };

    /// <summary>A server reads <c>+</c> in a query as a space (as ERDDAP does) and <c>%</c> as an escape: those two are sent escaped.</summary>
    private static string Escaped(string value) => value.Replace("%", "%25", StringComparison.Ordinal).Replace("+", "%2B", StringComparison.Ordinal);

    private TabledapQuery Function(string name, string[] variables) =>
        this with { Functions = [.. Functions, $"{name}(\"{string.Join(',', variables)}\")"] };
}

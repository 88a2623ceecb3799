using System.Reflection;
using Mocean.OceanHosting;

namespace Mocean.Operations;

/// <summary>One line of <c>/status</c>: a label a person reads, a JSON name, the text, and the value for JSON.</summary>
/// <param name="Label">e.g. <c>players per ocean</c>.</param>
/// <param name="Name">the JSON field, e.g. <c>playersPerOcean</c>.</param>
/// <param name="Text">e.g. <c>main 3, class7 0</c>.</param>
/// <param name="Value">e.g. a dictionary <c>{"main": 3, "class7": 0}</c>; the text when null.</param>
public sealed record StatusLine(string Label, string Name, string Text, object? Value = null);

/// <summary>
/// A service that adds lines to <c>/status</c> (the ocean: players per ocean; the data service: data sets
/// loaded). Register with <c>services.AddSingleton&lt;IStatusContributor, MyStatus&gt;()</c>; it is asked on
/// every <c>/status</c> request, so it answers from memory, quickly.
/// </summary>
public interface IStatusContributor
{
    ValueTask<IEnumerable<StatusLine>> StatusLinesAsync();
}

/// <summary>When the server started.</summary>
public sealed class StartTime(MoceanClock time)
{
    public DateTimeOffset UpSince { get; } = time.GetUtcNow();
}

/// <summary>The server's version, as <c>/status</c> and a backup's manifest give it (without the source revision).</summary>
public static class ServerVersion
{
    public static string Text { get; } =
        typeof(ServerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}

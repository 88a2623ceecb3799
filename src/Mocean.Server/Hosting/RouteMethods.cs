using Microsoft.AspNetCore.Routing.Template;
using Mocean.Server.Protocol;

namespace Mocean.Server.Hosting;

/// <summary>
/// Which methods the server's routes answer on a path, so that a path that exists with another method gets
/// 405 with <c>Allow</c> and the method to use (a teacher's <c>curl</c> without <c>-X POST</c>), and only a
/// path that exists with no method gets 404. Route templates with parameters count (<c>/admin/keys/{label}</c>).
/// </summary>
public sealed class RouteMethods(IEnumerable<EndpointDataSource> sources)
{
    /// <summary>Marks the fallback endpoint, which is no route of its own.</summary>
    public static readonly object Fallback = new();

    private static readonly string[] Order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

    private (TemplateMatcher Matcher, IReadOnlyList<string> Methods)[]? routes;

    /// <summary>The methods some route takes on <paramref name="path"/>, GET first; empty when no route has that path.</summary>
    public IReadOnlyList<string> For(PathString path)
    {
        routes ??= Build();
        var methods = new List<string>();
        foreach (var (matcher, taken) in routes)
        {
            if (taken.Any(m => !methods.Contains(m, StringComparer.OrdinalIgnoreCase)) && matcher.TryMatch(path, []))
            {
                methods.AddRange(taken.Where(m => !methods.Contains(m, StringComparer.OrdinalIgnoreCase)));
            }
        }

        return [.. methods.OrderBy(m => Array.IndexOf(Order, m) is >= 0 and var i ? i : Order.Length).ThenBy(m => m, StringComparer.Ordinal)];
    }

    private (TemplateMatcher, IReadOnlyList<string>)[] Build() =>
    [
        .. sources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => !endpoint.Metadata.Contains(Fallback))
            .Select(endpoint => (Endpoint: endpoint, Methods: RouteTable.Methods(endpoint)))
            .Where(route => route.Methods is not null)
            .Select(route => (new TemplateMatcher(new RouteTemplate(route.Endpoint.RoutePattern), new RouteValueDictionary(route.Endpoint.RoutePattern.Defaults)),
                route.Methods!)),
    ];
}

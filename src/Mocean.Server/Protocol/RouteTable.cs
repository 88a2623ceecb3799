using System.Collections.Immutable;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Mocean.Server.Protocol;

/// <summary>
/// Marks an endpoint whose route comes from data (a puzzle of the teacher's puzzle file) rather than from code.
/// At start, such a route may not take a first path segment that a route of the code uses.
/// </summary>
/// <param name="Segment">The route's one path segment.</param>
/// <param name="Refusal">Words the one-line refusal, given the segments the code's routes use.</param>
public sealed record RouteFromData(string Segment, Func<IReadOnlyCollection<string>, string> Refusal);

/// <summary>Marks a route of the code that lives under a route from data (<c>/steps/progress</c> under the chain's <c>/steps</c>).</summary>
public sealed record UnderRouteFromData;

/// <summary>
/// The routes the server actually maps, read from its endpoints at start: the first path segments the code
/// uses (which no route from data may take), and any two endpoints that would answer the same request
/// (which routing refuses with a 500 at request time, so the server refuses them at start instead).
/// </summary>
public static class RouteTable
{
    /// <summary>The one-line reason the server cannot start with these endpoints, or null when their routes are sound.</summary>
    public static string? Refusal(IEnumerable<Endpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var routes = endpoints.OfType<RouteEndpoint>().ToList();
        var taken = CodeSegments(routes);
        foreach (var route in routes)
        {
            if (route.Metadata.GetMetadata<RouteFromData>() is { } data && taken.Contains(data.Segment))
            {
                return data.Refusal(taken);
            }
        }

        foreach (var (first, second) in Ambiguities(routes))
        {
            return $"the routes {first} and {second} would answer the same requests; give each its own path";
        }

        return null;
    }

    /// <summary>The first literal path segments of every route the code maps (lower case), in order.</summary>
    public static IReadOnlyCollection<string> CodeSegments(IEnumerable<RouteEndpoint> routes) =>
        routes.Where(r => r.Metadata.GetMetadata<RouteFromData>() is null && r.Metadata.GetMetadata<UnderRouteFromData>() is null)
            .Select(r => FirstSegment(r.RoutePattern))
            .OfType<string>()
            .ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>Pairs of endpoints (by pattern) that the same request would match with the same precedence.</summary>
    public static IEnumerable<(string First, string Second)> Ambiguities(IReadOnlyList<RouteEndpoint> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var seen = new Dictionary<string, List<RouteEndpoint>>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            var shape = $"{route.Order}|{Shape(route.RoutePattern)}";
            if (!seen.TryGetValue(shape, out var same))
            {
                seen[shape] = same = [];
            }

            foreach (var other in same.Where(other => MethodsOverlap(Methods(route), Methods(other))))
            {
                yield return (Describe(other), Describe(route));
            }

            same.Add(route);
        }
    }

    private static string? FirstSegment(RoutePattern pattern) =>
        pattern.PathSegments.Count > 0 && pattern.PathSegments[0].Parts is [RoutePatternLiteralPart literal]
            ? literal.Content.ToLowerInvariant()
            : null;

    /// <summary>A pattern with parameter names left out (<c>/ocean/{id}</c> and <c>/ocean/{name}</c> match the same paths).</summary>
    private static string Shape(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content.ToLowerInvariant(),
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter =>
                $"{{{(parameter.IsCatchAll ? "*" : string.Empty)}{string.Join(':', parameter.ParameterPolicies.Select(p => p.Content))}{(parameter.IsOptional ? "?" : string.Empty)}}}",
            _ => "?",
        }))));

    /// <summary>The methods a route takes, or null when it takes any.</summary>
    public static IReadOnlyList<string>? Methods(RouteEndpoint route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? [.. methods] : null;
    }

    private static bool MethodsOverlap(IReadOnlyList<string>? first, IReadOnlyList<string>? second) =>
        first is null || second is null || first.Intersect(second, StringComparer.OrdinalIgnoreCase).Any();

    private static string Describe(RouteEndpoint route) =>
        $"{string.Join(',', Methods(route) ?? ["any"])} /{route.RoutePattern.RawText?.TrimStart('/')}";
}

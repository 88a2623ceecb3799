using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Server.Protocol;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Hosting;

/// <summary>Nothing a client sends comes back unescaped into HTML, on every GET route the server has, and nothing gets a 5xx.</summary>
public sealed class EscapingTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private const string Script = "<script>alert(1)</script>";

    /// <summary>Every GET route with its documented query parameters, route parameters filled with the script.</summary>
    private IEnumerable<(string Path, List<string> Keys)> Routes()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
            if (methods is not null && !methods.Contains("GET"))
            {
                continue;
            }

            if (endpoint.Metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata>()
                .Any(produces => produces.ContentTypes.Contains("text/event-stream")))
            {
                continue; // an event stream never ends; Live/LiveRoutesTests reads its first message
            }

            var pattern = endpoint.RoutePattern;
            var path = "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                _ => Uri.EscapeDataString(Script),
            }))));
            var keys = endpoint.Metadata.OfType<QueryParameterDoc>().Select(doc => doc.Name).ToList();
            keys.AddRange(["message", "name", "id", "ocean", "q", "x"]);
            yield return (path, keys.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }
    }

    [Fact]
    public async Task AScriptInEveryParameterOfEveryRouteComesBackEscaped()
    {
        var client = factory.CreateClient();
        var checkedRoutes = 0;
        foreach (var (path, keys) in Routes())
        {
            var query = string.Join('&', keys.Select(key => $"{key}={Uri.EscapeDataString(Script)}"));
            foreach (var url in new[] { $"{path}?client=browser&{query}", $"{path}?client=browser", $"{path}?{query}" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.ParseAdd("text/html");
                var reply = await client.SendAsync(request);
                var body = await reply.Content.ReadAsStringAsync();

                Assert.True((int)reply.StatusCode < 500, $"{url} answered {(int)reply.StatusCode}");
                if (reply.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
                }
            }

            checkedRoutes++;
        }

        Assert.True(checkedRoutes >= 4, $"only {checkedRoutes} routes found");
    }

    [Fact]
    public async Task AScriptInTheRouteOfAnUnknownPageComesBackEscaped()
    {
        var client = factory.CreateClient();

        var body = await client.GetStringAsync404($"/{Uri.EscapeDataString(Script)}?client=browser&{Uri.EscapeDataString(Script)}=1");

        Assert.DoesNotContain("<script>", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
    }
}

internal static class NotFoundReading
{
    public static async Task<string> GetStringAsync404(this HttpClient client, string url)
    {
        var reply = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, reply.StatusCode);
        return await reply.Content.ReadAsStringAsync();
    }
}

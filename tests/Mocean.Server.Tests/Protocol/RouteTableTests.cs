using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Mocean.Server.Protocol;
using Mocean.Server.Tests.Infrastructure;

namespace Mocean.Server.Tests.Protocol;

/// <summary>The routes the server maps, read at start: taken first segments, and no two routes for one request.</summary>
public sealed class RouteTableTests(MoceanFactory factory) : IClassFixture<MoceanFactory>
{
    private IReadOnlyList<Endpoint> Endpoints =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;

    private static RouteEndpoint Route(string pattern, string method = "GET", params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0,
            new EndpointMetadataCollection([new HttpMethodMetadata([method]), .. metadata]), pattern);

    [Fact]
    public void TheServersRoutesAreSoundAndTheOceansRoutesAreTaken()
    {
        Assert.Null(RouteTable.Refusal(Endpoints));
        var taken = RouteTable.CodeSegments(Endpoints.OfType<RouteEndpoint>());
        foreach (var route in new[] { "location", "who", "mocean", "id", "look", "join", "hello", "exchange", "duck", "admin", "api", "api-docs", "openapi", "status", "tabledap", "erddap", "teacher", "ocean", "live" })
        {
            Assert.Contains(route, taken);
        }

        // The chain's own routes are the puzzle file's, and /steps/progress lives under its first.
        foreach (var route in new[] { "steps", "puzzle", "problem", "python", "begin", "beguine", "sirduke", "euler", "meruprastarah" })
        {
            Assert.DoesNotContain(route, taken);
        }
    }

    [Fact]
    public void APuzzleOnARouteTheCodeUsesIsRefusedWithTheTakenRoutes()
    {
        var refusal = RouteTable.Refusal([
            Route("/location"),
            Route("/ocean/{id}"),
            Route("/steps/progress", "GET", new UnderRouteFromData()),
            Route("/steps", "GET", new RouteFromData("steps", taken => "steps taken")),
            Route("/location", "GET", new RouteFromData("location", taken => $"location taken: {string.Join(", ", taken)}")),
        ]);

        Assert.Equal("location taken: location, ocean", refusal);
    }

    [Theory]
    [InlineData("/location", "GET", "/location", "GET", true)]
    [InlineData("/Location", "GET", "/location", "GET", true)]
    [InlineData("/ocean/{id}", "GET", "/ocean/{name}", "GET", true)]
    [InlineData("/location", "GET", "/location", "POST", false)]
    [InlineData("/ocean/{id}", "GET", "/ocean/live", "GET", false)]
    [InlineData("/ocean/{id:int}", "GET", "/ocean/{name}", "GET", false)]
    public void TwoRoutesForTheSameRequestAreFound(string first, string firstMethod, string second, string secondMethod, bool ambiguous)
    {
        var refusal = RouteTable.Refusal([Route(first, firstMethod), Route(second, secondMethod)]);

        if (ambiguous)
        {
            Assert.Equal($"the routes {firstMethod} {first} and {secondMethod} {second} would answer the same requests; give each its own path", refusal);
        }
        else
        {
            Assert.Null(refusal);
        }
    }

    [Fact]
    public async Task EveryRouteAnswersAGetWithoutAServerError()
    {
        using var client = factory.CreateClient();
        var paths = Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") != false)
            .Select(e => "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p is RoutePatternLiteralPart l ? l.Content : "x")))))
            .Where(path => !path.EndsWith("/stream", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.True(paths.Count > 40, string.Join(' ', paths));

        foreach (var path in paths)
        {
            using var reply = await client.GetAsync(path + "?message=a", HttpCompletionOption.ResponseHeadersRead);
            Assert.True((int)reply.StatusCode < 500, $"{path}: {(int)reply.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/steps?message=a")).StatusCode);
    }
}

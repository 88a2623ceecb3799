using Microsoft.OpenApi;
using Mocean.Server.Protocol;
using Scalar.AspNetCore;

namespace Mocean.Server.Hosting;

/// <summary>The OpenAPI document of every route (<c>/openapi/v1.json</c>) and the interactive API page (<c>/api-docs</c>).</summary>
public static class ApiDocs
{
    /// <summary>Hides the page's links to other sites (Scalar's "Powered by" in the sidebar's foot).</summary>
    private const string OwnLinksOnly = "a[href*='scalar.com']{display:none !important}";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddOperationTransformer((operation, context, _) =>
        {
            foreach (var doc in context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryParameterDoc>())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = doc.Name,
                    In = ParameterLocation.Query,
                    Required = doc.Required,
                    Description = doc.Description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            return Task.CompletedTask;
        }));

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi();
        // The page is for students: nothing on it leads off this server (no AI chat, no MCP, no "Deploy" or
        // "Generate SDK" tools, no web fonts, no "Powered by" link), and it works on a network without internet.
        app.MapScalarApiReference("/api-docs", options => options
            .WithTitle("Mocean API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithDotNetFlag(false)
            .DisableTelemetry()
            .DisableDefaultFonts()
            .WithCustomCss(OwnLinksOnly));
        return app;
    }
}

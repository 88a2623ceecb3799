using Microsoft.OpenApi;
using Mocean.Server.Protocol;
using Scalar.AspNetCore;

namespace Mocean.Server.Hosting;

/// <summary>The OpenAPI document of every route (<c>/openapi/v1.json</c>) and the interactive API page (<c>/api-docs</c>).</summary>
public static class ApiDocs
{
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
        app.MapScalarApiReference("/api-docs", options => options
            .WithTitle("Mocean API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}

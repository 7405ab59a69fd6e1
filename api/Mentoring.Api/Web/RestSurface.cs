using Google.Rpc;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.OpenApi.Models;

namespace Mentoring.Api.Web;

/// <summary>
/// The HTTP/JSON face of the gRPC services: every method with a google.api.http annotation is transcoded by
/// Microsoft.AspNetCore.Grpc.JsonTranscoding through the same interceptor and services, and described in an OpenAPI
/// document at <see cref="OpenApiPath"/>.
/// </summary>
public static class RestSurface
{
    public const string OpenApiPath = "/openapi/v1.json";

    private const string ApiKeyScheme = "apiKey";

    /// <summary>Registers transcoding and the OpenAPI generator; call before UseValidatingRequestMarshallers.</summary>
    public static IServiceCollection AddMentoringRest(this IServiceCollection services)
    {
        // Registers AddGrpc's default binder again beside JsonTranscoding's provider; UseValidatingRequestMarshallers,
        // called after this, replaces the binder and keeps the transcoding routes.
        services.AddGrpcSwagger();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, ResourcePathDescriptions>());

        // Error statuses carry BadRequest, RetryInfo and friends as Any; without their descriptors the JSON writer fails.
        services.Configure<GrpcJsonTranscodingOptions>(options => options.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromFiles(ErrorDetailsReflection.Descriptor));
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo { Title = "Mentoring API (mentoring.v1 over HTTP/JSON)", Version = "v1" });
            swagger.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Security.ApiKeyAuthenticationHandler.Header,
                Description = "A tenant API key; a JWT as \"authorization: Bearer <token>\" works as well.",
            });
            swagger.AddSecurityRequirement(new OpenApiSecurityRequirement
            {
                [new OpenApiSecurityScheme { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = ApiKeyScheme } }] = [],
            });
        });
        return services;
    }

    /// <summary>Serves the OpenAPI document.</summary>
    public static WebApplication UseMentoringOpenApi(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
        return app;
    }
}

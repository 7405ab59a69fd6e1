using Grpc.AspNetCore.Server.Model;

namespace Mentoring.Api.Hosting;

/// <summary>Replaces grpc-dotnet's method discovery with <see cref="ValidatingServiceMethodProvider{TService}"/> for every service.</summary>
internal static class ServiceMethodProviders
{
    /// <summary>
    /// Call after everything that may call AddGrpc (AddGrpcSwagger does, and registers the default binder again): with
    /// the default binder beside ours every method is mapped twice, and a call could meet the unguarded marshaller.
    /// Other providers (JSON transcoding's HTTP routes) are kept.
    /// </summary>
    public static IServiceCollection UseValidatingRequestMarshallers(this IServiceCollection services)
    {
        var defaults = services.Where(d => d.ServiceType == typeof(IServiceMethodProvider<>)
            && d.ImplementationType is { Name: "BinderServiceMethodProvider`1" }).ToList();
        if (defaults.Count == 0)
        {
            throw new InvalidOperationException("grpc-dotnet's default method provider was not found; call AddGrpc first.");
        }

        foreach (var descriptor in defaults)
        {
            services.Remove(descriptor);
        }

        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(ValidatingServiceMethodProvider<>));
        return services;
    }
}

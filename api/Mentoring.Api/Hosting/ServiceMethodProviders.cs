using Grpc.AspNetCore.Server.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mentoring.Api.Hosting;

/// <summary>Replaces grpc-dotnet's method discovery with <see cref="ValidatingServiceMethodProvider{TService}"/> for every service.</summary>
internal static class ServiceMethodProviders
{
    public static IServiceCollection UseValidatingRequestMarshallers(this IServiceCollection services)
    {
        // AddGrpc registered the default binder provider; two providers would map every method twice.
        services.RemoveAll(typeof(IServiceMethodProvider<>));
        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(ValidatingServiceMethodProvider<>));
        return services;
    }
}

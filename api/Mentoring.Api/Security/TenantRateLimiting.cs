using System.Threading.RateLimiting;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.RateLimiting;

namespace Mentoring.Api.Security;

/// <summary>ASP.NET Core rate limiting with one token bucket per tenant and rate class (docs/CONFIGURATION.md).</summary>
public static class TenantRateLimiting
{
    public static IServiceCollection AddTenantRateLimiting(this IServiceCollection services, RateLimitOptions rates, AuthOptions auth)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (string Tenant, RateClass Rate)>(http =>
            {
                var method = http.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.FullName;
                var policy = method is null ? null : MethodPolicies.For(method);
                if (!rates.Enabled || policy?.Scope is null)
                {
                    return RateLimitPartition.GetNoLimiter(("", RateClass.Default));
                }

                var tenant = !auth.Enabled ? Abstractions.GrainKeys.DefaultTenant
                    : http.User.FindFirst(auth.Jwt.TenantClaim)?.Value is { } t ? t
                    : $"anonymous/{http.Connection.RemoteIpAddress}";
                var bucket = rates.For(policy.Rate);
                return RateLimitPartition.GetTokenBucketLimiter((tenant, policy.Rate), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = bucket.TokenLimit,
                    TokensPerPeriod = bucket.TokensPerPeriod,
                    ReplenishmentPeriod = bucket.ReplenishmentPeriod,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = (context, _) => new ValueTask(RateLimitRejection.WriteAsync(
                context.HttpContext, context.Lease, rates.Default.ReplenishmentPeriod));
        });
        return services;
    }
}

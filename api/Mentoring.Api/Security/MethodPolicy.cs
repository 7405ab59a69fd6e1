namespace Mentoring.Api.Security;

/// <summary>
/// What one RPC requires: a scope (null for public methods), its rate bucket, its ownership rule, whether it is audited,
/// whether it may run long, and the scope (if any) that also lets a caller act on every tenant's resources.
/// </summary>
public sealed record MethodPolicy(
    string? Scope, Ownership Ownership, RateClass Rate = RateClass.Default, bool Audited = false, bool Long = false, string? AnyTenantScope = null);

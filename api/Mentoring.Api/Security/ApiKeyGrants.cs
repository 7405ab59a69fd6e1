using Mentoring.Api.Errors;

namespace Mentoring.Api.Security;

/// <summary>
/// The one rule against privilege escalation through keys: a caller that is not the operator may create, rotate or revoke
/// only keys whose every scope it holds itself, so it can never mint (or take over the secret of) a stronger credential.
/// </summary>
public static class ApiKeyGrants
{
    /// <summary>Throws PERMISSION_DENIED when <paramref name="caller"/> may not handle a key with <paramref name="scopes"/>.</summary>
    public static void Check(Caller caller, IEnumerable<string> scopes)
    {
        if (caller.Has(Scopes.Operator))
        {
            return;
        }

        var lacking = scopes.Where(s => !caller.Has(s)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (lacking.Count > 0)
        {
            RpcErrors.PermissionDenied(
                $"This credential may only handle keys whose scopes it holds itself; it lacks {string.Join(", ", lacking.Select(s => $"\"{s}\""))}.");
        }
    }
}

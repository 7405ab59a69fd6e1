using Grpc.Core;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Gateway;

namespace Mentoring.WebConsole.SignIn;

/// <summary>
/// Asks the gateway whether a key is good before the console keeps it: one listing of the tenant's programmes. A key the
/// gateway does not know is refused; a known key without the listing's scope still signs in (its pages will say what it may not do).
/// </summary>
public static class KeyCheck
{
    public static async Task<bool> AcceptedAsync(GatewayChannel gateway, string tenant, string apiKey, CancellationToken cancellationToken)
    {
        if (tenant.Length == 0 || apiKey.Length == 0)
        {
            return false;
        }

        var programmes = new ProgrammeService.ProgrammeServiceClient(ConsoleSession.Invoker(gateway, apiKey));
        try
        {
            await programmes.ListProgrammesAsync(new ListProgrammesRequest { PageSize = 1 }, cancellationToken: cancellationToken);
            return true;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.PermissionDenied)
        {
            return true;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unauthenticated)
        {
            return false;
        }
    }
}

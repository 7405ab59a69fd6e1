using Grpc.Core;
using Mentoring.Contracts.V1;
using Mentoring.WebConsole.Gateway;

namespace Mentoring.WebConsole.SignIn;

/// <summary>
/// Asks the gateway whether a credential (API key or access token) is good before the console keeps it: one listing of the
/// tenant's programmes. A credential the gateway does not accept is refused; an accepted one without the listing's scope
/// still signs in (its pages will say what it may not do).
/// </summary>
public static class KeyCheck
{
    public static async Task<bool> AcceptedAsync(GatewayChannel gateway, string tenant, ConsoleCredential credential, CancellationToken cancellationToken)
    {
        if (tenant.Length == 0 || credential.Value.Length == 0)
        {
            return false;
        }

        var programmes = new ProgrammeService.ProgrammeServiceClient(ConsoleSession.Invoker(gateway, credential));
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

using Mentoring.WebConsole.SignIn;
using Microsoft.AspNetCore.Http;

namespace Mentoring.WebConsole.Rounds;

/// <summary>
/// The round report for a browser signed in to the console: the console asks the gateway's own report endpoint with the
/// user's credential (a link cannot send <c>x-api-key</c> or a bearer token) and passes the answer on, so the report keeps its own authorisation.
/// </summary>
public static class ReportProxy
{
    public const string HttpClientName = "mentoring-console-web";

    public static string Path(string roundName) => $"console/{roundName}/report.html";

    public static async Task ForwardAsync(HttpContext context, string programme, string round, IHttpClientFactory clients)
    {
        if (ConsoleAuthentication.User(context.User) is not { } user)
        {
            context.Response.Redirect("/sign-in");
            return;
        }

        var http = clients.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(
            HttpMethod.Get, $"v1/programmes/{Uri.EscapeDataString(programme)}/rounds/{Uri.EscapeDataString(round)}/report.html");
        request.Headers.TryAddWithoutValidation(user.Credential.Header, user.Credential.Value);
        using var answer = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        context.Response.ContentType = answer.Content.Headers.ContentType?.ToString() ?? "text/plain; charset=utf-8";
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}

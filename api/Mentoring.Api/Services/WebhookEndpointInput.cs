using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using Mentoring.Abstractions.Events;
using Mentoring.Abstractions.Webhooks;
using Mentoring.Api.Security;
using Mentoring.Contracts.Mapping;
using Mentoring.Domain;
using Mentoring.Domain.Webhooks;

namespace Mentoring.Api.Services;

/// <summary>
/// The one validation of a webhook endpoint as a client sends it: the URL's form and every address its host resolves to
/// (<see cref="WebhookUrlRules"/>), event types from <see cref="ProgrammeEventTypes"/>, a programme of the same tenant,
/// and the display name's length. Violations name the field under <c>webhook_endpoint</c>.
/// </summary>
public sealed class WebhookEndpointInput(WebhookUrlRules rules, ProgrammeOwnership ownership)
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    public async Task<(WebhookEndpointSpec? Spec, List<FieldViolation> Violations)> ReadAsync(
        string tenant, Contracts.V1.WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        const string Prefix = "webhook_endpoint.";
        var violations = new List<FieldViolation>();
        if (await UrlProblemAsync(endpoint.Url, cancellationToken) is { } urlProblem)
        {
            violations.Add(new(Prefix + "url", urlProblem));
        }

        var types = endpoint.EventTypes.Distinct(StringComparer.Ordinal).ToImmutableArray();
        violations.AddRange(types.Select((type, i) => (type, i)).Where(x => !ProgrammeEventTypes.All.Contains(x.type))
            .Select(x => new FieldViolation($"{Prefix}event_types[{x.i}]", $"must be one of {string.Join(", ", ProgrammeEventTypes.All)}")));

        string? programmeId = null;
        if (endpoint.Programme.Length > 0)
        {
            if (!ResourceNames.TryParseProgramme(endpoint.Programme, out programmeId))
            {
                violations.Add(new(Prefix + "programme", RequestRules.ProgrammeNameFormat));
            }
            else if (await ownership.OwnedAsync(tenant, programmeId, cancellationToken) is null)
            {
                violations.Add(new(Prefix + "programme", "must name an existing programme of the same tenant"));
            }
        }

        if (endpoint.DisplayName.Length > Limits.MaxNameLength)
        {
            violations.Add(new(Prefix + "display_name", $"must be at most {Limits.MaxNameLength} characters"));
        }

        return violations.Count > 0 ? (null, violations) : (new WebhookEndpointSpec(endpoint.Url, types, programmeId, endpoint.DisplayName), violations);
    }

    private async Task<string?> UrlProblemAsync(string url, CancellationToken cancellationToken)
    {
        if (rules.FormProblem(url) is { } problem)
        {
            return problem;
        }

        var host = new Uri(url).IdnHost.Trim('[', ']');
        if (IPAddress.TryParse(host, out var literal))
        {
            return rules.AddressProblem([literal]);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ResolveTimeout);
        try
        {
            return rules.AddressProblem(await Dns.GetHostAddressesAsync(host, timeout.Token));
        }
        catch (Exception e) when (e is SocketException or ArgumentException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return "must name a host that resolves to an address";
        }
    }
}

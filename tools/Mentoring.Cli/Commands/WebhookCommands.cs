using System.CommandLine;
using System.Text.Json.Nodes;
using Mentoring.Cli.Output;
using Mentoring.Cli.Rounds;
using Mentoring.Contracts.V1;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring webhooks create|list|delete|dead-letters|replay`: a tenant's webhook endpoints (WebhookService), with a tenant admin's key.</summary>
public static class WebhookCommands
{
    private static readonly Argument<string> Tenant = new("tenant") { Description = "Tenant id or name (tenants/<id>)." };
    private static readonly Argument<string> Endpoint = new("endpoint") { Description = "Endpoint name, tenants/<tenant>/webhookEndpoints/<id>, as `webhooks list` shows it." };
    private static readonly Argument<string> EventId = new("event-id") { Description = "The dead letter's event id (its webhook-id), as `webhooks dead-letters` shows it." };
    private static readonly Option<string> Url = new("--url") { Description = "Where to post: an https URL whose host resolves to public addresses.", Required = true };
    private static readonly Option<string[]> EventTypes = new("--event-types")
    {
        Description = "Only these event types (repeat, or separate with commas), e.g. match.accepted,round.published; default every type.",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<string?> Programme = new("--programme") { Description = "Only this programme's events (id or programmes/<id>); default every programme of the tenant." };
    private static readonly Option<string?> DisplayName = new("--display-name") { Description = "Free text to recognise the endpoint by." };

    public static Command Build(CliEnvironment environment)
    {
        var create = new Command("create", "Register an endpoint and print its signing secret (whsec_...), shown this once.") { Tenant, Url, EventTypes, Programme, DisplayName };
        CommandAction.Set(create, environment, CreateAsync);
        var list = new Command("list", "List a tenant's endpoints with their last delivery and dead-letter count.") { Tenant };
        CommandAction.Set(list, environment, ListAsync);
        var delete = new Command("delete", "Delete an endpoint; its deliveries stop and its dead letters are dropped.") { Endpoint };
        CommandAction.Set(delete, environment, DeleteAsync);
        var deadLetters = new Command("dead-letters", "List an endpoint's dead letters (events whose last retry failed), oldest first.") { Endpoint };
        CommandAction.Set(deadLetters, environment, DeadLettersAsync);
        var replay = new Command("replay", "Send one dead letter again now, with the same webhook-id; a 2xx removes it from the list.") { Endpoint, EventId };
        CommandAction.Set(replay, environment, ReplayAsync);
        return new Command("webhooks", "Register, list and delete a tenant's webhook endpoints; list and replay their dead letters.") { create, list, delete, deadLetters, replay };
    }

    private static string TenantName(string idOrName) => idOrName.StartsWith("tenants/", StringComparison.Ordinal) ? idOrName : $"tenants/{idOrName}";

    private static async Task<int> CreateAsync(CommandContext context)
    {
        var endpoint = new WebhookEndpoint { Url = context.Value(Url), DisplayName = context.Value(DisplayName) ?? "" };
        endpoint.EventTypes.AddRange(CommaList.Items(context.Value(EventTypes) ?? []));
        if (context.Value(Programme) is { Length: > 0 } programme)
        {
            endpoint.Programme = programme.StartsWith("programmes/", StringComparison.Ordinal) ? programme : $"programmes/{programme}";
        }

        var created = await context.Api.Webhooks.CreateWebhookEndpointAsync(
            new CreateWebhookEndpointRequest { Parent = TenantName(context.Value(Tenant)), WebhookEndpoint = endpoint }, cancellationToken: context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(ProtoJson.ToNode(created));
            return ExitCodes.Success;
        }

        // Only the secret on stdout, so `SECRET=$(mentoring webhooks create ...)` captures it.
        context.Note($"Created {created.WebhookEndpoint.Name} posting to {created.WebhookEndpoint.Url}. Its signing secret is printed once, below.");
        context.Environment.Out.WriteLine(created.Secret);
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(CommandContext context)
    {
        var endpoints = await ApiReader.WebhookEndpointsAsync(context.Api, TenantName(context.Value(Tenant)), context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["webhook_endpoints"] = ProtoJson.ToArray(endpoints) });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("Name", "URL", "Event types", "Programme", "Last delivery", "Dead letters");
        foreach (var e in endpoints)
        {
            table.AddRow(Markup.Escape(e.Name), Markup.Escape(e.Url), Markup.Escape(e.EventTypes.Count == 0 ? "all" : string.Join(", ", e.EventTypes)),
                Markup.Escape(e.Programme.Length == 0 ? "all" : e.Programme), Markup.Escape(Describe(e.LastDelivery)), e.DeadLetterCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        return ExitCodes.Success;
    }

    private static async Task<int> DeleteAsync(CommandContext context)
    {
        await context.Api.Webhooks.DeleteWebhookEndpointAsync(new DeleteWebhookEndpointRequest { Name = context.Value(Endpoint) }, cancellationToken: context.CancellationToken);
        context.Note($"Deleted {context.Value(Endpoint)}.");
        return ExitCodes.Success;
    }

    private static async Task<int> DeadLettersAsync(CommandContext context)
    {
        var letters = await ApiReader.WebhookDeadLettersAsync(context.Api, context.Value(Endpoint), context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["dead_letters"] = ProtoJson.ToArray(letters) });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("Event id", "Type", "Programme", "Sequence", "Occurred", "Last attempt");
        foreach (var l in letters)
        {
            table.AddRow(Markup.Escape(l.EventId), Markup.Escape(l.EventType), Markup.Escape(l.Programme), l.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                HumanTime.Of(l.OccurTime), Markup.Escape(Describe(l.LastAttempt)));
        }

        context.Console.Write(table);
        return ExitCodes.Success;
    }

    private static async Task<int> ReplayAsync(CommandContext context)
    {
        var attempt = await context.Api.Webhooks.ReplayWebhookDeadLetterAsync(
            new ReplayWebhookDeadLetterRequest { Name = context.Value(Endpoint), EventId = context.Value(EventId) }, cancellationToken: context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(ProtoJson.ToNode(attempt));
        }
        else
        {
            context.Console.WriteLine($"Replayed {attempt.EventId}: {Describe(attempt)}.");
        }

        return attempt.HttpStatus is >= 200 and < 300 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static string Describe(WebhookDeliveryAttempt? attempt) => attempt switch
    {
        null => "none yet",
        { HttpStatus: >= 200 and < 300 } => $"HTTP {attempt.HttpStatus} at {HumanTime.Of(attempt.AttemptTime)}",
        _ => $"failed ({(attempt.Error.Length > 0 ? attempt.Error : $"HTTP {attempt.HttpStatus}")}, attempt {attempt.Attempts}) at {HumanTime.Of(attempt.AttemptTime)}",
    };
}

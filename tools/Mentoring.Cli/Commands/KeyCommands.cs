using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Mentoring.Cli.Output;
using Mentoring.Cli.Rounds;
using Mentoring.Contracts.V1;
using Spectre.Console;

namespace Mentoring.Cli.Commands;

/// <summary>`mentoring keys create|list|rotate|revoke`: tenants' API keys (ApiKeyService), managed with an operator key, or a tenant admin's key for its own tenant.</summary>
public static class KeyCommands
{
    private static readonly Argument<string> Tenant = new("tenant") { Description = "Tenant id or name (tenants/<id>)." };
    private static readonly Argument<string> Key = new("key") { Description = "Key name, tenants/<tenant>/apiKeys/<id>, as `keys list` shows it." };
    private static readonly Option<string[]> Scopes = new("--scopes")
    {
        Description = "What the key may do (repeat, or separate with commas): participants.read, participants.write, rounds.run, results.read, tenant.admin, operator.",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<string?> DisplayName = new("--display-name") { Description = "Free text to recognise the key by." };
    private static readonly Option<string?> Expires = new("--expires") { Description = "When the key stops working, e.g. 2027-06-30T00:00:00Z; default never." };

    public static Command Build(CliEnvironment environment)
    {
        var create = new Command("create", "Create a key for a tenant and print its secret, shown this once (needs an operator key, or a tenant admin's key and only scopes it holds).") { Tenant, Scopes, DisplayName, Expires };
        CommandAction.Set(create, environment, CreateAsync);
        var list = new Command("list", "List a tenant's keys, without secrets.") { Tenant };
        CommandAction.Set(list, environment, ListAsync);
        var rotate = new Command("rotate", "Replace a key's secret and print the new one; the old secret stops working at once.") { Key };
        CommandAction.Set(rotate, environment, RotateAsync);
        var revoke = new Command("revoke", "Revoke a key for good.") { Key };
        CommandAction.Set(revoke, environment, RevokeAsync);
        return new Command("keys", "Create, list, rotate and revoke tenants' API keys (the operator's key for every tenant, a tenant admin's for its own).") { create, list, rotate, revoke };
    }

    private static string TenantName(string idOrName) => idOrName.StartsWith("tenants/", StringComparison.Ordinal) ? idOrName : $"tenants/{idOrName}";

    private static async Task<int> CreateAsync(CommandContext context)
    {
        var key = new ApiKey { DisplayName = context.Value(DisplayName) ?? "" };
        key.Scopes.AddRange(CommaList.Items(context.Value(Scopes)));
        if (context.Value(Expires) is { } expires)
        {
            key.ExpireTime = Timestamp.FromDateTimeOffset(ExpireTime(expires));
        }

        var created = await context.Api.ApiKeys.CreateApiKeyAsync(
            new CreateApiKeyRequest { Parent = TenantName(context.Value(Tenant)), ApiKey = key }, cancellationToken: context.CancellationToken);
        PrintSecret(context, created, "Created");
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(CommandContext context)
    {
        var keys = await ApiReader.ApiKeysAsync(context.Api, TenantName(context.Value(Tenant)), context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(new JsonObject { ["api_keys"] = ProtoJson.ToArray(keys) });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("Name", "Display name", "Scopes", "Created", "Rotated", "Expires", "Revoked");
        foreach (var k in keys)
        {
            table.AddRow(Markup.Escape(k.Name), Markup.Escape(k.DisplayName), Markup.Escape(string.Join(", ", k.Scopes)),
                HumanTime.Of(k.CreateTime), HumanTime.Of(k.RotateTime), HumanTime.Of(k.ExpireTime), HumanTime.Of(k.RevokeTime));
        }

        context.Console.Write(table);
        return ExitCodes.Success;
    }

    private static async Task<int> RotateAsync(CommandContext context)
    {
        var rotated = await context.Api.ApiKeys.RotateApiKeyAsync(new RotateApiKeyRequest { Name = context.Value(Key) }, cancellationToken: context.CancellationToken);
        PrintSecret(context, rotated, "Rotated");
        return ExitCodes.Success;
    }

    private static async Task<int> RevokeAsync(CommandContext context)
    {
        var revoked = await context.Api.ApiKeys.RevokeApiKeyAsync(new RevokeApiKeyRequest { Name = context.Value(Key) }, cancellationToken: context.CancellationToken);
        if (context.Json)
        {
            context.WriteJson(ProtoJson.ToNode(revoked));
        }
        else
        {
            context.Console.WriteLine($"Revoked {revoked.Name} at {HumanTime.Of(revoked.RevokeTime)}.");
        }

        return ExitCodes.Success;
    }

    /// <summary>Human output puts only the secret on stdout, so `KEY=$(mentoring keys create ...)` captures it; the rest is a note on stderr.</summary>
    private static void PrintSecret(CommandContext context, ApiKeySecret secret, string verb)
    {
        if (context.Json)
        {
            context.WriteJson(ProtoJson.ToNode(secret));
            return;
        }

        var key = secret.ApiKey;
        context.Note($"{verb} {key.Name} ({string.Join(", ", key.Scopes)}). Its secret is printed once, below; send it as --api-key.");
        context.Environment.Out.WriteLine(secret.Secret);
    }

    private static DateTimeOffset ExpireTime(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new CliUsageException($"--expires \"{value}\" is not a time, e.g. 2027-06-30T00:00:00Z.");
}

using Mentoring.Abstractions.Security;
using Mentoring.Hosting;

namespace Mentoring.Api.Security;

/// <summary>
/// At every start: warns when authentication is disabled; otherwise makes sure the bootstrap operator key in
/// <see cref="AuthOptions.OperatorKeyFile"/> exists and is registered, generating and writing it on first start.
/// The key itself is never logged, only the file's path.
/// </summary>
public sealed class OperatorBootstrap(AuthOptions auth, MentoringOptions mentoring, IGrainFactory grains, ILogger<OperatorBootstrap> logger) : IHostedService
{
    public const string OperatorTenant = "operator";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!auth.Enabled)
        {
            logger.LogWarning("Authentication is DISABLED (Mentoring:Auth:Enabled=false): anyone who can reach this port acts for tenant '{Tenant}' with every scope.",
                Abstractions.GrainKeys.DefaultTenant);
            return;
        }

        var path = Path.GetFullPath(auth.OperatorKeyFile.Length > 0 ? auth.OperatorKeyFile : Path.Combine(mentoring.DataDirectory, "operator.key"));
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : await WriteNewAsync(path, cancellationToken);
        if (!ApiKeyCredential.TryParse(text, out var keyId, out var secret))
        {
            throw new InvalidOperationException($"{path} does not hold an API key (mk.<id>.<secret>); delete it to have a new one generated.");
        }

        var grain = grains.GetGrain<IApiKeyGrain>(SecurityKeys.ApiKey(keyId));
        var grant = new ApiKeyGrant(OperatorTenant, "bootstrap operator key", [Scopes.Operator], null);
        if (await grain.GetAsync(cancellationToken) is null)
        {
            await grain.CreateAsync(grant, secret, cancellationToken);
        }

        await grains.GetGrain<ITenantApiKeysGrain>(SecurityKeys.TenantApiKeys(OperatorTenant)).AddAsync(keyId, cancellationToken);
        if (await grain.AuthenticateAsync(secret, cancellationToken) is null)
        {
            logger.LogWarning("The operator key in {Path} was rotated, revoked or has expired; it no longer authenticates.", path);
        }
        else
        {
            logger.LogInformation("Operator key: {Path} (send its content as x-api-key metadata to ApiKeyService)", path);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<string> WriteNewAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = ApiKeyCredential.Format(ApiKeyCredential.NewKeyId(), ApiKeyCredential.NewSecret());
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using var file = new FileStream(path, options);
            await using var writer = new StreamWriter(file);
            await writer.WriteAsync(text.AsMemory(), cancellationToken);
            return text;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process sharing the folder wrote it first: use theirs.
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
    }
}

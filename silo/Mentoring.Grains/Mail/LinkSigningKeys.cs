using Mentoring.Abstractions.Mail;

namespace Mentoring.Grains.Mail;

/// <summary>The key personal links are signed with: the configured one, else the one the service generated and stored.</summary>
public sealed class LinkSigningKeys(LinkOptions options, IGrainFactory grains)
{
    private byte[]? _key = options.ConfiguredKey();

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }

        var stored = await grains.GetGrain<ILinkSigningKeyGrain>(MailKeys.LinkSigningKey).GetAsync(cancellationToken);
        return _key = [.. stored];
    }
}

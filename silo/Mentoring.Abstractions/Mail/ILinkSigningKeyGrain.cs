using System.Collections.Immutable;

namespace Mentoring.Abstractions.Mail;

/// <summary>
/// The link signing key the service generated for itself when configuration sets none (the embedded default), stored so
/// links survive restarts. Keyed by <see cref="MailKeys.LinkSigningKey"/>.
/// </summary>
public interface ILinkSigningKeyGrain : IGrainWithStringKey
{
    /// <summary>The stored key; generated and stored on the first call.</summary>
    Task<ImmutableArray<byte>> GetAsync(CancellationToken cancellationToken = default);
}

namespace Mentoring.Domain.Links;

/// <summary>Why a link token was not accepted.</summary>
public enum LinkRefusal
{
    None,

    /// <summary>Not a token of this service at all (cut short, wrong shape).</summary>
    Malformed,

    /// <summary>The signature does not match the content: changed, or signed with another key.</summary>
    Tampered,

    Expired,
}

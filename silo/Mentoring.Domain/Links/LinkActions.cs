namespace Mentoring.Domain.Links;

/// <summary>What a personal link is for.</summary>
public static class LinkActions
{
    /// <summary>The participant area of one match: answer it, later end it, see one's data, ask for erasure.</summary>
    public const string Respond = "respond";
}

namespace Mentoring.Domain;

/// <summary>
/// The search of a participant listing: a participant matches when its display name or its id contains the text,
/// ignoring case (ordinal, so it answers the same on every host and in every culture).
/// </summary>
public static class ParticipantSearch
{
    public const int MaxLength = 100;

    /// <summary>Participants a listing with a search examines at most per page; a page may come back short, even empty, before the end.</summary>
    public const int MaxExaminedPerPage = 10_000;

    public static bool Matches(Participant participant, string text) =>
        participant.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase)
        || participant.Id.Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="text"/> cannot be searched for, or null; an empty text is no search.</summary>
    public static string? Problem(string text) =>
        text.Length > MaxLength ? $"must be at most {MaxLength} characters"
        : text.Trim().Length != text.Length ? "must not start or end with white space"
        : text.Any(char.IsControl) ? "must not contain control characters"
        : null;
}

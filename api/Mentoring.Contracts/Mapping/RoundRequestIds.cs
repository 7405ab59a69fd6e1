using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>The StartRound idempotency key: 1-64 characters of letters, digits, '.', '_' or '-'.</summary>
public static class RoundRequestIds
{
    public static bool IsValid(string? requestId) =>
        !string.IsNullOrEmpty(requestId)
        && requestId.Length <= Limits.MaxIdLength
        && requestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    public static string Describe(string? requestId) =>
        string.IsNullOrEmpty(requestId) ? "is required"
        : requestId.Length > Limits.MaxIdLength ? $"must be at most {Limits.MaxIdLength} characters"
        : "may contain only letters, digits, '.', '_' and '-'";
}

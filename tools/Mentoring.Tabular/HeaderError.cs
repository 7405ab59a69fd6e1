namespace Mentoring.Tabular;

/// <summary>A problem with the file as a whole, reported once: a missing, unknown or repeated column, or a file that cannot be read.</summary>
public sealed record HeaderError(string Column, string Description);

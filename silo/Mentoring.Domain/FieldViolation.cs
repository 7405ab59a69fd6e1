namespace Mentoring.Domain;

/// <summary>One reason a request was refused, naming the offending field by its proto path.</summary>
public sealed record FieldViolation(string Field, string Description);

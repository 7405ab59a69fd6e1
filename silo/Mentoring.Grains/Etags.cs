namespace Mentoring.Grains;

/// <summary>Etags are the stored version, quoted as HTTP entity tags are.</summary>
internal static class Etags
{
    public static string Of(long version) => $"\"{version}\"";
}

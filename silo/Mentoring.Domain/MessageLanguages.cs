namespace Mentoring.Domain;

/// <summary>The languages participants' messages are written in; a programme picks one.</summary>
public static class MessageLanguages
{
    public const string English = "en";
    public const string German = "de";

    public static readonly IReadOnlyList<string> All = [English, German];
}

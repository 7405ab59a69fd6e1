namespace Mentoring.Grains.Tests.Support;

/// <summary>Ids that no other test uses, so tests sharing a cluster and database never see each other's data.</summary>
public static class TestIds
{
    public static string Programme(string purpose) => $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 13)];

    public static string Participant(int index) => $"p-{index:D4}";
}

namespace Mentoring.Testing;

/// <summary>Ports for the Orleans endpoints of the silos the tests start; see <see cref="PortReservations"/>.</summary>
public static class ReservedPorts
{
    /// <summary>A loopback port no other test on this machine gets while this process runs.</summary>
    public static int Next() => PortReservations.Next();

    /// <summary><see cref="Next"/> as configuration text.</summary>
    public static string NextText() => Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Globalization;
using Mentoring.Testing;

namespace Mentoring.Operations.Tests.Infrastructure;

/// <summary>Configuration of cluster members on one PostgreSQL database, as the deployment sets it.</summary>
public static class MemberSettings
{
    public static Dictionary<string, string?> Silo(string connectionString, string clusterId) => new()
    {
        ["Mentoring:Storage:Engine"] = "PostgreSql",
        ["Mentoring:Storage:ConnectionString"] = connectionString,
        ["Mentoring:Cluster:Clustering"] = "AdoNet",
        ["Mentoring:Cluster:ClusterId"] = clusterId,
        ["Mentoring:Cluster:ServiceId"] = clusterId,
        ["Mentoring:Cluster:SiloPort"] = ReservedPorts.NextText(),
        ["Mentoring:Cluster:GatewayPort"] = ReservedPorts.NextText(),
    };

    /// <summary>A single node on SQLite in <paramref name="dataDirectory"/>, with localhost clustering.</summary>
    public static Dictionary<string, string?> Embedded(string dataDirectory) => new()
    {
        ["Mentoring:DataDirectory"] = dataDirectory,
        ["Mentoring:Storage:Engine"] = "Sqlite",
        ["Mentoring:Cluster:Clustering"] = "Localhost",
        ["Mentoring:Cluster:SiloPort"] = ReservedPorts.NextText(),
        ["Mentoring:Cluster:GatewayPort"] = ReservedPorts.NextText(),
    };

    public static Dictionary<string, string?> ClientGateway(string connectionString, string clusterId)
    {
        var settings = Silo(connectionString, clusterId);
        settings["Mentoring:GatewayMode"] = "Client";

        // These tests are about telemetry and health, not credentials (the security tests cover those).
        settings["Mentoring:Auth:Enabled"] = "false";
        return settings;
    }
}

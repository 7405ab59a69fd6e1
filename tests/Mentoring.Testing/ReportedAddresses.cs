using System.Text.Json;

namespace Mentoring.Testing;

/// <summary>
/// What a gateway or silo process wrote to <c>Mentoring:Operations:AddressesFile</c> once it had started: the
/// addresses it actually listens on (port 0 resolved; Web only on a gateway) and its Orleans ports (Mentoring.Hosting's AddressesReport).
/// </summary>
public sealed record ReportedAddresses(IReadOnlyList<string> Urls, IReadOnlyList<string> Operations, IReadOnlyList<string>? Web, int? SiloPort, int? GatewayPort)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ReportedAddresses> ReadAsync(string path) =>
        JsonSerializer.Deserialize<ReportedAddresses>(await File.ReadAllTextAsync(path), Json)
            ?? throw new InvalidOperationException($"{path} holds no addresses.");
}

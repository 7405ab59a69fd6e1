using System.Security.Cryptography;
using System.Text;

namespace Mentoring.Grains.Events;

/// <summary>
/// Deterministic event ids: the same change always yields the same id, so writing its event again (a retry, an outbox
/// replayed after a crash) is skipped by the log. The parts are hashed, so an id names no one.
/// </summary>
public static class EventIds
{
    public static string Of(params string[] parts) =>
        "evt_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))).AsSpan(0, 16));
}

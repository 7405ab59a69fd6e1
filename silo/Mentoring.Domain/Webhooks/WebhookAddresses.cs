using System.Net;
using System.Net.Sockets;

namespace Mentoring.Domain.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: only public unicast ones, so that a registered URL cannot make the service call
/// into its own network (SSRF). Loopback, private, carrier-grade NAT, link-local, unique-local, site-local, multicast,
/// reserved and unspecified addresses are not public; IPv4 inside IPv6 (mapped, compatible, NAT64) is judged as IPv4.
/// </summary>
public static class WebhookAddresses
{
    private static readonly (uint Network, int Bits)[] NonPublicV4 =
    [
        (0x00000000, 8),   // 0.0.0.0/8 "this network", unspecified
        (0x0A000000, 8),   // 10/8 private
        (0x64400000, 10),  // 100.64/10 carrier-grade NAT
        (0x7F000000, 8),   // 127/8 loopback
        (0xA9FE0000, 16),  // 169.254/16 link-local (cloud metadata services live here)
        (0xAC100000, 12),  // 172.16/12 private
        (0xC0000000, 24),  // 192.0.0/24 protocol assignments
        (0xC0A80000, 16),  // 192.168/16 private
        (0xC6120000, 15),  // 198.18/15 benchmarking
        (0xE0000000, 4),   // 224/4 multicast
        (0xF0000000, 4),   // 240/4 reserved, broadcast
    ];

    /// <summary>True when <paramref name="address"/> is a public unicast address.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        return !NonPublicV4.Any(range => (value & Mask(range.Bits)) == range.Network);
    }

    private static bool IsPublicV6(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        // ::/96 (IPv4-compatible, deprecated) and 64:ff9b::/96 (NAT64) carry an IPv4 address in their last four bytes.
        var compatible = bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
        var nat64 = bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
        return !compatible && !(nat64 && !IsPublicV4(new IPAddress(bytes.AsSpan(12, 4))));
    }

    private static uint Mask(int bits) => bits == 0 ? 0 : uint.MaxValue << (32 - bits);
}

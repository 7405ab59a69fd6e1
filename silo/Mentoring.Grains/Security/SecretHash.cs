using System.Security.Cryptography;
using System.Text;

namespace Mentoring.Grains.Security;

/// <summary>
/// Salted SHA-256 of an API key secret. The secrets are 256 random bits, so a slow password hash would add
/// nothing but latency on every call; the salt keeps equal secrets from having equal hashes.
/// </summary>
internal static class SecretHash
{
    private const int SaltBytes = 16;

    public static (byte[] Salt, byte[] Hash) Create(string secret)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return (salt, Compute(salt, secret));
    }

    public static bool Matches(byte[] salt, byte[] expectedHash, string secret) =>
        expectedHash.Length > 0 && CryptographicOperations.FixedTimeEquals(Compute(salt, secret), expectedHash);

    private static byte[] Compute(byte[] salt, string secret)
    {
        var secretBytes = Encoding.UTF8.GetBytes(secret);
        var input = new byte[salt.Length + secretBytes.Length];
        salt.CopyTo(input, 0);
        secretBytes.CopyTo(input, salt.Length);
        return SHA256.HashData(input);
    }
}

namespace Mentoring.Benchmarks.Solvers;

/// <summary>
/// Deterministic pair scores from a latent-factor model: taste vectors on both sides, a popularity term per mentor
/// and hashed per-pair noise. Popular mentors attract many mentees, so capacity is contended and pruning to the
/// top K candidates has a real cost; uniform random scores would hide that.
/// </summary>
public sealed class SyntheticScores
{
    private const int Dimensions = 8;
    private readonly float[] _menteeTaste;
    private readonly float[] _mentorTaste;
    private readonly float[] _popularity;
    private readonly ulong _noiseSeed;

    public SyntheticScores(int menteeCount, int mentorCount, int seed)
    {
        var random = new Random(seed);
        _menteeTaste = Gaussians(random, menteeCount * Dimensions, 1 / Math.Sqrt(Dimensions));
        _mentorTaste = Gaussians(random, mentorCount * Dimensions, 1.0);
        _popularity = Gaussians(random, mentorCount, 0.04);
        _noiseSeed = (ulong)random.NextInt64();
        MenteeCount = menteeCount;
        MentorCount = mentorCount;
    }

    public int MenteeCount { get; }

    public int MentorCount { get; }

    public float Score(int mentee, int mentor)
    {
        var taste = 0f;
        for (var d = 0; d < Dimensions; d++)
        {
            taste += _menteeTaste[(mentee * Dimensions) + d] * _mentorTaste[(mentor * Dimensions) + d];
        }

        var noise = (Hash(_noiseSeed, (ulong)mentee, (ulong)mentor) % 1000) / 10_000f;
        return Math.Clamp(0.5f + (0.2f * taste) + _popularity[mentor] + noise, 0.001f, 1f);
    }

    internal static ulong Hash(ulong seed, ulong a, ulong b)
    {
        var x = seed ^ (a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL);
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        return x;
    }

    private static float[] Gaussians(Random random, int count, double deviation)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            var u = 1 - random.NextDouble();
            var v = random.NextDouble();
            values[i] = (float)(deviation * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v));
        }

        return values;
    }
}

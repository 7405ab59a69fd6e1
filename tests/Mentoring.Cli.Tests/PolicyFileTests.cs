using Mentoring.Cli.Policies;
using Mentoring.Contracts.V1;

namespace Mentoring.Cli.Tests;

/// <summary>A policy reads the same from YAML and JSON, and a written policy reads back unchanged.</summary>
public sealed class PolicyFileTests
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mentoring-policy", Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void Yaml_and_json_give_the_same_policy()
    {
        var yaml = Write("p.yaml", "solver: SOLVER_MODE_STABLE_MENTEE_PROPOSING\nfair_load: true\nminimum_score: 0.25\ntop_k: 12\nweights:\n  skills: 2.5\n  time_zone: 0\n");
        var json = Write("p.json", """{"solver": "SOLVER_MODE_STABLE_MENTEE_PROPOSING", "fairLoad": true, "minimum_score": 0.25, "top_k": 12, "weights": {"skills": 2.5, "time_zone": 0}}""");
        var fromYaml = PolicyFile.Read(yaml);
        Assert.Equal(PolicyFile.Read(json), fromYaml);
        Assert.Equal(SolverMode.StableMenteeProposing, fromYaml.Solver);
        Assert.True(fromYaml.Weights.HasTimeZone);
        Assert.False(fromYaml.Weights.HasGoals);
    }

    [Theory]
    [InlineData("out.yaml")]
    [InlineData("out.json")]
    public void A_written_policy_reads_back_unchanged(string name)
    {
        var policy = new MatchingPolicy { Solver = SolverMode.Peer, MaximiseMatchCount = false, TopK = 7, Weights = new ScoreWeights { Skills = 1.5, Rank = 0 } };
        var path = Path.Combine(_directory, name);
        PolicyFile.Write(path, policy);
        Assert.Equal(policy, PolicyFile.Read(path));
    }

    [Fact]
    public void A_misspelt_field_is_a_usage_error_naming_the_file()
    {
        var path = Write("bad.yaml", "wieghts:\n  skills: 1\n");
        var error = Assert.Throws<CliUsageException>(() => PolicyFile.Read(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}

using Mentoring.Domain;

namespace Mentoring.Matching.Tests.Engine;

public sealed class UnmatchedCausesTests
{
    [Fact]
    public void Every_hard_rule_has_a_cause_of_its_own()
    {
        var rules = Enum.GetValues<ExclusionRule>().Where(rule => rule != ExclusionRule.None).ToList();
        var causes = rules.Select(UnmatchedCauses.Of).ToList();

        Assert.DoesNotContain(UnmatchedCause.Unspecified, causes);
        Assert.DoesNotContain(UnmatchedCause.MentorsFull, causes);
        Assert.DoesNotContain(UnmatchedCause.NoMentors, causes);
        Assert.Equal(rules.Count, causes.Distinct().Count());
    }
}

using CsCheck;
using Mentoring.Domain;
using Mentoring.Matching.Tests.Support;

namespace Mentoring.Matching.Tests.Scoring;

public sealed class ReasonTextTests
{
    [Fact]
    public void Reasons_match_a_plain_linq_reference_on_random_pairs()
    {
        Generators.Pair.Sample(pair =>
        {
            var (mentee, mentor) = pair;
            var scorer = Rounds.Scorer(mentee, mentor);

            var offered = mentor.SkillsOffered.ToDictionary(s => s.Term, s => s.Level);
            var met = mentee.SkillsWanted.Where(s => offered.ContainsKey(s.Term)).ToList();
            var skills = met.Count == 0 ? null
                : $"offers {met.Count} of {mentee.SkillsWanted.Length} wanted skills: {string.Join(", ", met.Select(s => offered[s.Term] >= s.Level ? s.Term : $"{s.Term} (below the wanted level)"))}";
            var goals = mentee.Goals.Where(mentor.Goals.Contains).ToList();
            var interests = mentee.Interests.Where(mentor.Interests.Contains).ToList();
            var languages = mentee.Languages.Where(l => mentor.Languages.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
            var hours = WeeklyAvailability.FromLocalWindows(mentee.Availability, TimeZones.StandardOffset(mentee.TimeZone))
                .OverlapHours(WeeklyAvailability.FromLocalWindows(mentor.Availability, TimeZones.StandardOffset(mentor.TimeZone)));
            var distance = TimeZones.DistanceHours(TimeZones.StandardOffset(mentee.TimeZone), TimeZones.StandardOffset(mentor.TimeZone));

            Assert.Equal(skills, ReasonText.For(ScoreComponent.Skills, scorer, 0, 0));
            Assert.Equal(goals.Count == 0 ? null : $"shares {goals.Count} of {mentee.Goals.Length} goals: {string.Join(", ", goals)}", ReasonText.For(ScoreComponent.Goals, scorer, 0, 0));
            Assert.Equal(interests.Count == 0 ? null : $"common ground: {string.Join(", ", interests)}", ReasonText.For(ScoreComponent.Interests, scorer, 0, 0));
            Assert.Equal(languages.Count == 0 ? null : $"both speak {string.Join(", ", languages)}", ReasonText.For(ScoreComponent.Language, scorer, 0, 0));
            Assert.Equal($"{hours} h/week overlap", ReasonText.For(ScoreComponent.Availability, scorer, 0, 0));
            Assert.Equal(distance == 0 ? "same time zone" : $"{distance} h apart", ReasonText.For(ScoreComponent.TimeZone, scorer, 0, 0));
        });
    }
}

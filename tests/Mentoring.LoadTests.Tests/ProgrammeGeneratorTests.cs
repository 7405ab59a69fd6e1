using System.Text.Json;
using Mentoring.Domain;
using Mentoring.Synthetic;

namespace Mentoring.LoadTests.Tests;

public sealed class ProgrammeGeneratorTests
{
    private static readonly SyntheticProgramme Thousand = ProgrammeGenerator.Generate(ProgrammeShape.ForParticipants(1_000), seed: 11);
    private static readonly SyntheticProgramme Large = ProgrammeGenerator.Generate(new ProgrammeShape(40_000, 8_000), seed: 5);

    [Fact]
    public void Same_seed_gives_the_same_programme()
    {
        var again = ProgrammeGenerator.Generate(ProgrammeShape.ForParticipants(1_000), seed: 11);

        Assert.Equal(JsonSerializer.Serialize(Thousand.Programme), JsonSerializer.Serialize(again.Programme));
        Assert.Equal(JsonSerializer.Serialize(Thousand.Participants), JsonSerializer.Serialize(again.Participants));
    }

    [Fact]
    public void Another_seed_gives_another_programme()
    {
        var other = ProgrammeGenerator.Generate(ProgrammeShape.ForParticipants(1_000), seed: 12);

        Assert.NotEqual(JsonSerializer.Serialize(Thousand.Participants), JsonSerializer.Serialize(other.Participants));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(200_000)]
    public void Generates_exactly_the_requested_number_of_valid_participants(int participants)
    {
        var generated = participants == 1_000 ? Thousand : ProgrammeGenerator.Generate(ProgrammeShape.ForParticipants(participants), seed: 3);

        Assert.Equal(participants, generated.Participants.Count);
        Assert.Equal(participants, generated.Participants.Select(p => p.Id).Distinct().Count());
        Assert.Empty(generated.Participants.Take(5_000).SelectMany(p => ParticipantValidator.Validate(p, generated.Programme)));
    }

    [Theory]
    [InlineData(999)]
    [InlineData(1_000_001)]
    public void Refuses_sizes_outside_the_supported_range(int participants) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeGenerator.Generate(ProgrammeShape.ForParticipants(participants), seed: 1));

    [Fact]
    public void Every_profile_passes_the_services_validation()
    {
        var violations = Large.Participants.SelectMany(p => ParticipantValidator.Validate(p, Large.Programme)).ToList();

        Assert.Empty(violations);
        Assert.Empty(ProgrammeValidator.Validate(Large.Programme));
    }

    [Fact]
    public void Mentor_capacities_span_one_to_six()
    {
        var capacities = Large.Participants.Where(p => p.Role == ParticipantRole.Mentor).Select(p => p.Capacity).ToList();

        Assert.All(capacities, c => Assert.InRange(c, 1, 6));
        Assert.Equal([1, 2, 3, 4, 5, 6], capacities.Distinct().Order());
        Assert.All(Large.Participants.Where(p => p.Role == ParticipantRole.Mentee), p => Assert.Equal(0, p.Capacity));
    }

    [Fact]
    public void Skill_demand_is_skewed_towards_a_few_popular_skills()
    {
        var counts = Large.Participants.SelectMany(p => p.SkillsWanted).GroupBy(s => s.Term).Select(g => g.Count()).OrderDescending().ToArray();
        var total = counts.Sum();
        var topTenth = counts.Take(Large.Programme.Taxonomy.Count(t => t.StartsWith("skill-", StringComparison.Ordinal)) / 10).Sum();
        var median = counts[counts.Length / 2];

        Assert.True(topTenth > total * 0.4, $"top 10 % of skills hold {topTenth} of {total} requests");
        Assert.True(counts[0] > median * 10, $"most popular skill {counts[0]} requests, median {median}");
    }

    [Fact]
    public void The_most_requested_skill_is_the_first_in_popularity_order()
    {
        var mostWanted = Large.Participants.SelectMany(p => p.SkillsWanted).GroupBy(s => s.Term).MaxBy(g => g.Count())!.Key;

        Assert.Equal(ProgrammeGenerator.SkillTerm(0), mostWanted);
    }

    [Fact]
    public void Time_zones_span_six_continents()
    {
        var continents = Large.Participants.Select(p => WorldLocalities.Continents.Single(c => c.Places.Any(l => l.TimeZone == p.TimeZone)).Continent).ToHashSet();

        Assert.Equal(6, continents.Count);
        Assert.True(Large.Participants.Select(p => p.TimeZone).Distinct().Count() >= 20);
    }

    [Fact]
    public void Everyone_speaks_one_to_three_languages_and_all_three_counts_occur()
    {
        var counts = Large.Participants.Select(p => p.Languages.Length).ToList();

        Assert.All(counts, c => Assert.InRange(c, 1, 3));
        Assert.Equal([1, 2, 3], counts.Distinct().Order());
    }

    [Fact]
    public void A_share_of_mentees_are_peers_who_also_mentor()
    {
        var peers = Large.Participants.Where(p => p.Role == ParticipantRole.Peer).ToList();

        Assert.Equal((int)Math.Round(40_000 * new ProgrammeShape(40_000, 8_000).PeerShare), peers.Count);
        Assert.All(peers, p => Assert.True(p.SkillsOffered.Length > 0 && p.SkillsWanted.Length > 0 && p.Capacity == 1));
    }

    [Fact]
    public void A_few_participants_rank_existing_people_of_the_other_side()
    {
        var ids = Large.Participants.ToDictionary(p => p.Id);
        var ranking = Large.Participants.Where(p => p.RankedChoices.Length > 0).ToList();

        Assert.InRange(ranking.Count, Large.Participants.Count / 100, Large.Participants.Count / 10);
        Assert.All(ranking, p => Assert.All(p.RankedChoices, id => Assert.NotEqual(p.IsMentor && !p.IsMentee, ids[id].IsMentor && !ids[id].IsMentee)));
    }

    [Fact]
    public void Organisations_and_industries_vary_and_large_employers_dominate()
    {
        var bySize = Large.Participants.GroupBy(p => p.Organisation).Select(g => g.Count()).OrderDescending().ToArray();

        Assert.True(bySize.Length > 100, $"{bySize.Length} organisations");
        Assert.True(bySize[0] > bySize[bySize.Length / 2] * 10, $"largest {bySize[0]}, median {bySize[bySize.Length / 2]}");
        Assert.True(Large.Participants.Select(p => p.Industry).Distinct().Count() >= 10);
        Assert.NotEmpty(Large.Programme.CompetitorPairs);
    }

    [Fact]
    public void Names_come_from_the_locale_of_where_people_live()
    {
        var names = Large.Participants.Select(p => p.DisplayName).ToList();

        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.True(names.Distinct().Count() > names.Count / 2, "names repeat too often");
        Assert.Contains(Large.Participants, p => p.TimeZone == "Asia/Tokyo" && p.DisplayName.Any(c => c > '\u3000'));
    }
}

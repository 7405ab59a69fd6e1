using System.Collections.Immutable;
using Bogus;
using Mentoring.Domain;

namespace Mentoring.Synthetic;

/// <summary>
/// Generates a realistic programme from a seed: the same shape and seed always give the same programme.
/// Skill demand and supply are Zipf-skewed, people live on six continents with local working hours, speak one to
/// three languages, work for organisations of skewed size, and a few rank the other side.
/// </summary>
public sealed class ProgrammeGenerator
{
    private static readonly string[] Departments = ["Engineering", "Product", "Sales", "Finance", "Operations", "People", "Legal", "Marketing"];

    private readonly ProgrammeShape _shape;
    private readonly Random _random;
    private readonly Dictionary<string, Faker> _fakers = [];
    private readonly OrganisationCatalogue _organisations;
    private readonly ZipfSampler _demand;
    private readonly ZipfSampler _supply;
    private readonly ZipfSampler _goals;
    private readonly ZipfSampler _interests;
    private readonly ZipfSampler _mentorPopularity;
    private readonly int _seed;
    private readonly int _peers;

    private ProgrammeGenerator(ProgrammeShape shape, int seed)
    {
        shape.Validate();
        _shape = shape;
        _seed = seed;
        _random = new Random(seed);
        _organisations = new OrganisationCatalogue(shape.Organisations, _random, FakerFor("en"));
        _demand = new ZipfSampler(shape.SkillTerms, shape.DemandSkew);
        _supply = new ZipfSampler(shape.SkillTerms, shape.SupplySkew);
        _goals = new ZipfSampler(shape.GoalTerms, 1.0);
        _interests = new ZipfSampler(shape.InterestTerms, 0.9);
        _mentorPopularity = new ZipfSampler(shape.Mentors, 1.0);
        _peers = (int)Math.Round(shape.Mentees * shape.PeerShare);
    }

    public static SyntheticProgramme Generate(ProgrammeShape shape, int seed) => new ProgrammeGenerator(shape, seed).Build();

    public static string SkillTerm(int popularityRank) => $"skill-{popularityRank:D3}";

    public static string MenteeId(int index) => $"e{index:D6}";

    public static string PeerId(int index) => $"p{index:D6}";

    public static string MentorId(int index) => $"r{index:D6}";

    private SyntheticProgramme Build()
    {
        var programme = new Programme
        {
            Id = $"synthetic-{_seed}",
            DisplayName = $"Synthetic programme (seed {_seed})",
            Taxonomy =
            [
                .. Enumerable.Range(0, _shape.SkillTerms).Select(SkillTerm),
                .. Enumerable.Range(0, _shape.GoalTerms).Select(GoalTerm),
                .. Enumerable.Range(0, _shape.InterestTerms).Select(InterestTerm),
            ],
            CompetitorPairs = [.. _organisations.Competitors(Math.Max(2, _shape.Organisations / 20)).Select(p => new OrganisationPair(p.First, p.Second))],
        };

        var people = new List<Participant>(_shape.Participants);
        for (var i = 0; i < _shape.Mentees; i++)
        {
            people.Add(i < _peers ? Peer(programme.Id, i) : Mentee(programme.Id, i));
        }

        for (var i = 0; i < _shape.Mentors; i++)
        {
            people.Add(Mentor(programme.Id, i));
        }

        return new SyntheticProgramme(programme, people, _seed);
    }

    private Participant Mentee(string programmeId, int index) => Person(programmeId, MenteeId(index), ParticipantRole.Mentee) with
    {
        SeniorityYears = _random.Next(0, 13),
        SkillsWanted = Skills(_demand, 1 + _random.Next(4), minLevel: 1, maxLevel: 4),
        RankedChoices = Chance(_shape.RankedChoiceShare) ? RankMentors(1 + _random.Next(5)) : [],
        Blocked = Chance(0.01) ? [MentorId(_random.Next(_shape.Mentors))] : [],
    };

    private Participant Peer(string programmeId, int index) => Person(programmeId, PeerId(index), ParticipantRole.Peer) with
    {
        SeniorityYears = _random.Next(3, 16),
        Capacity = 1,
        SkillsOffered = Skills(_supply, 2 + _random.Next(4), minLevel: 2, maxLevel: 4),
        SkillsWanted = Skills(_demand, 1 + _random.Next(3), minLevel: 1, maxLevel: 4),
    };

    private Participant Mentor(string programmeId, int index) => Person(programmeId, MentorId(index), ParticipantRole.Mentor) with
    {
        SeniorityYears = _random.Next(5, 36),
        Capacity = MentorCapacity(),
        SkillsOffered = Skills(_supply, 3 + _random.Next(6), minLevel: 3, maxLevel: 5),
        RankedChoices = _shape.Mentees > _peers && Chance(_shape.RankedChoiceShare / 2)
            ? [.. Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => MenteeId(_peers + _random.Next(_shape.Mentees - _peers))).Distinct()]
            : [],
    };

    private Participant Person(string programmeId, string id, ParticipantRole role)
    {
        var place = WorldLocalities.Pick(_random);
        var (organisation, industry) = _organisations.Pick(_random);
        return new Participant
        {
            ProgrammeId = programmeId,
            Id = id,
            Role = role,
            DisplayName = FakerFor(place.NameLocale).Name.FullName(),
            Organisation = organisation,
            Industry = industry,
            Department = Departments[_random.Next(Departments.Length)],
            Location = place.City,
            TimeZone = place.TimeZone,
            Languages = Languages(place.Language),
            Availability = Availability(),
            Formats = Formats(),
            Goals = [.. _goals.Distinct(_random, 1 + _random.Next(3)).Select(GoalTerm)],
            Interests = [.. _interests.Distinct(_random, _random.Next(6)).Select(InterestTerm)],
            Preferences = new MatchingPreferences
            {
                PreferOutsideOrganisation = Chance(0.3),
                RequireOutsideOrganisation = Chance(0.05),
                PreferOtherIndustry = Chance(0.2),
                MaxTimeZoneDistanceHours = Chance(0.1) ? _random.Next(3, 9) : null,
            },
        };
    }

    // Most mentors take two or three mentees; a few take one or up to six.
    private int MentorCapacity()
    {
        var draw = _random.NextDouble();
        return draw switch
        {
            < 0.15 => 1,
            < 0.45 => 2,
            < 0.70 => 3,
            < 0.85 => 4,
            < 0.95 => 5,
            _ => 6,
        };
    }

    private ImmutableArray<SkillLevel> Skills(ZipfSampler popularity, int count, int minLevel, int maxLevel) =>
        [.. popularity.Distinct(_random, count).Select(rank => new SkillLevel(SkillTerm(rank), _random.Next(minLevel, maxLevel + 1)))];

    private ImmutableArray<string> RankMentors(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => MentorId(_mentorPopularity.Next(_random))).Distinct()];

    private ImmutableArray<string> Languages(string local)
    {
        var languages = new List<string> { local };
        if (local != "en" && Chance(0.65))
        {
            languages.Add("en");
        }

        while (languages.Count < 3 && Chance(languages.Count == 1 ? 0.25 : 0.15))
        {
            var extra = WorldLocalities.ExtraLanguages[_random.Next(WorldLocalities.ExtraLanguages.Length)];
            if (!languages.Contains(extra))
            {
                languages.Add(extra);
            }
        }

        return [.. languages];
    }

    // Local working hours: mornings, afternoons or evenings, on one to four distinct days, mostly weekdays.
    private ImmutableArray<AvailabilityWindow> Availability()
    {
        var days = new List<DayOfWeek>();
        var wanted = 1 + _random.Next(4);
        while (days.Count < wanted)
        {
            var day = Chance(0.9) ? (DayOfWeek)(1 + _random.Next(5)) : (Chance(0.5) ? DayOfWeek.Saturday : DayOfWeek.Sunday);
            if (!days.Contains(day))
            {
                days.Add(day);
            }
        }

        return [.. days.Select(day =>
        {
            var band = _random.NextDouble();
            var startHour = band < 0.4 ? _random.Next(8, 12) : band < 0.7 ? _random.Next(12, 17) : _random.Next(17, 21);
            var hours = 1 + _random.Next(3);
            return new AvailabilityWindow(day, startHour * 60, Math.Min(24, startHour + hours) * 60);
        })];
    }

    private MeetingFormats Formats()
    {
        var draw = _random.NextDouble();
        return draw switch
        {
            < 0.70 => MeetingFormats.Online,
            < 0.85 => MeetingFormats.Online | MeetingFormats.Hybrid,
            < 0.95 => MeetingFormats.Online | MeetingFormats.InPerson,
            _ => MeetingFormats.InPerson,
        };
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private Faker FakerFor(string locale)
    {
        if (!_fakers.TryGetValue(locale, out var faker))
        {
            // One seeded faker per locale, created in first-use order, so names follow the seed too.
            faker = new Faker(locale) { Random = new Randomizer(_random.Next()) };
            _fakers[locale] = faker;
        }

        return faker;
    }

    private static string GoalTerm(int rank) => $"goal-{rank:D2}";

    private static string InterestTerm(int rank) => $"interest-{rank:D2}";
}

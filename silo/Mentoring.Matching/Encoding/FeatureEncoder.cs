using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>Builds the compact feature vectors of a round, once, before any pair is scored.</summary>
public static class FeatureEncoder
{
    /// <summary>Encodes mentees and mentors; pass the same list twice for a peer round. Each side is sorted by ordinal id.</summary>
    public static EncodedRound Encode(Programme programme, IEnumerable<Participant> mentees, IEnumerable<Participant> mentors)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentees);
        ArgumentNullException.ThrowIfNull(mentors);
        var same = ReferenceEquals(mentees, mentors);
        var menteeArray = SortById(mentees);
        var mentorArray = same ? menteeArray : SortById(mentors);

        var skills = TermSpace.Shared(menteeArray.SelectMany(p => p.SkillsWanted.Select(s => s.Term)), mentorArray.SelectMany(p => p.SkillsOffered.Select(s => s.Term)));
        var goals = TermSpace.Shared(menteeArray.SelectMany(p => p.Goals), mentorArray.SelectMany(p => p.Goals));
        var interests = TermSpace.Shared(menteeArray.SelectMany(p => p.Interests), mentorArray.SelectMany(p => p.Interests));
        var languages = new Interner(StringComparer.OrdinalIgnoreCase);
        // Distinct before sorting: ids follow the sorted order of the distinct tags either way, and sorting every
        // participant's tags (two per person) cost more than the rest of the encoding.
        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in same ? menteeArray : menteeArray.Concat(mentorArray))
        {
            tags.UnionWith(p.Languages);
            tags.UnionWith(p.Preferences.RequiredLanguages);
        }

        foreach (var tag in tags.Order(StringComparer.OrdinalIgnoreCase))
        {
            languages.Intern(tag);
        }

        // Bit 0 of the language space is the unused "empty" id, so ids map to bits directly.
        var layout = new FeatureLayout(skills.Words, goals.Words, interests.Words, FeatureLayout.WordsFor(languages.Count));
        var vocabulary = new Vocabulary(skills, goals, interests, languages);
        var menteeSide = new EncodedSide(menteeArray, layout);
        var mentorSide = same ? menteeSide : new EncodedSide(mentorArray, layout);
        var competitorClasses = CompetitorClasses(programme, menteeArray.Concat(mentorArray).Select(p => p.Organisation));
        Fill(menteeSide, programme, vocabulary, competitorClasses);
        if (!same)
        {
            Fill(mentorSide, programme, vocabulary, competitorClasses);
        }

        var matrix = CompetitorMatrix(programme, competitorClasses);
        return new EncodedRound(new ScoringPolicy(programme.Policy, programme.OrganisationMode), layout, menteeSide, mentorSide, matrix, competitorClasses.Count);
    }

    internal static Participant[] SortById(IEnumerable<Participant> participants)
    {
        var array = participants.ToArray();
        Array.Sort(array, static (x, y) => string.CompareOrdinal(x.Id, y.Id));
        return array;
    }

    internal static void Fill(EncodedSide side, Programme programme, Vocabulary vocabulary, Dictionary<string, int> competitorClasses)
    {
        var layout = side.Layout;
        var policy = programme.Policy;
        for (var i = 0; i < side.Count; i++)
        {
            var p = side.Participants[i];
            var row = side.Words.AsSpan(i * layout.Stride, layout.Stride);
            EncodeSkills(row, layout, vocabulary.Skills, p);
            SetTerms(row.Slice(layout.Goals, layout.GoalWords), vocabulary.Goals, p.Goals);
            SetTerms(row.Slice(layout.Interests, layout.InterestWords), vocabulary.Interests, p.Interests);
            var offset = OffsetCache.Of(p.TimeZone);
            var availability = WeeklyAvailability.FromLocalWindows(p.Availability, offset);
            row[layout.Availability] = availability.Low;
            row[layout.Availability + 1] = availability.Middle;
            row[layout.Availability + 2] = availability.High;
            foreach (var tag in p.Languages)
            {
                SetBit(row.Slice(layout.Languages, layout.LanguageWords), vocabulary.Language(tag));
            }

            foreach (var tag in p.Preferences.RequiredLanguages)
            {
                SetBit(row.Slice(layout.RequiredLanguages, layout.LanguageWords), vocabulary.Language(tag));
            }

            if (p.Languages.Length > 0)
            {
                SetBit(row.Slice(layout.PrimaryLanguage, layout.LanguageWords), vocabulary.Language(p.Languages[0]));
            }

            side.Seniority[i] = p.SeniorityYears;
            side.OffsetMinutes[i] = (int)offset.TotalMinutes;
            side.MaxTimeZoneHours[i] = Math.Min(policy.MaxTimeZoneDistanceHours, p.Preferences.MaxTimeZoneDistanceHours ?? int.MaxValue);
            side.Formats[i] = (int)p.Formats;
            side.Location[i] = vocabulary.Location(p.Location);
            side.Organisation[i] = vocabulary.Organisation(p.Organisation);
            side.Department[i] = vocabulary.Department(p.Department);
            side.Industry[i] = vocabulary.Industry(p.Industry);
            side.Flags[i] = (int)Flags(p.Preferences);
            side.WantedSkillCount[i] = DistinctCount(p.SkillsWanted, static s => s.Term);
            side.GoalCount[i] = DistinctCount(p.Goals, static g => g);
            side.CompetitorClass[i] = competitorClasses.TryGetValue(p.Organisation, out var c) ? c : -1;
        }
    }

    /// <summary>Distinct terms of a short list without allocating a set (lists hold a handful of items).</summary>
    private static int DistinctCount<T>(System.Collections.Immutable.ImmutableArray<T> items, Func<T, string> term)
    {
        var count = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = string.Equals(term(items[i]), term(items[j]), StringComparison.Ordinal);
            }

            count += seen ? 0 : 1;
        }

        return count;
    }

    private static void EncodeSkills(Span<ulong> row, FeatureLayout layout, TermSpace skills, Participant p)
    {
        foreach (var offered in p.SkillsOffered)
        {
            if (!skills.TryGetBit(offered.Term, out var bit))
            {
                continue;
            }

            SetBit(row.Slice(layout.OfferedAny, layout.SkillWords), bit);
            for (var level = SkillLevel.MinLevel + 1; level <= SkillLevel.MaxLevel; level++)
            {
                if (offered.Level < level)
                {
                    SetBit(row.Slice(layout.OfferedBelow(level), layout.SkillWords), bit);
                }
            }
        }

        foreach (var wanted in p.SkillsWanted)
        {
            if (!skills.TryGetBit(wanted.Term, out var bit))
            {
                continue;
            }

            SetBit(row.Slice(layout.WantedAny, layout.SkillWords), bit);
            for (var level = SkillLevel.MinLevel + 1; level <= SkillLevel.MaxLevel; level++)
            {
                if (wanted.Level >= level)
                {
                    SetBit(row.Slice(layout.WantedAtLeast(level), layout.SkillWords), bit);
                }
            }
        }
    }

    private static void SetTerms(Span<ulong> words, TermSpace space, IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            if (space.TryGetBit(term, out var bit))
            {
                SetBit(words, bit);
            }
        }
    }

    private static void SetBit(Span<ulong> words, int bit) => words[bit >> 6] |= 1UL << (bit & 63);

    private static ParticipantFlags Flags(MatchingPreferences preferences)
    {
        var flags = ParticipantFlags.None;
        if (preferences.PreferOutsideOrganisation)
        {
            flags |= ParticipantFlags.PreferOutsideOrganisation;
        }

        if (preferences.RequireOutsideOrganisation)
        {
            flags |= ParticipantFlags.RequireOutsideOrganisation;
        }

        if (preferences.PreferOtherIndustry)
        {
            flags |= ParticipantFlags.PreferOtherIndustry;
        }

        return flags;
    }

    /// <summary>
    /// One class per organisation named in a competitor pair, in case-insensitive order: those of <paramref name="present"/>
    /// only, or all of them when it is null (a recommendation pool, whose later mentees may belong to any).
    /// </summary>
    internal static Dictionary<string, int> CompetitorClasses(Programme programme, IEnumerable<string>? present)
    {
        var named = new HashSet<string>(programme.CompetitorPairs.SelectMany(p => new[] { p.First, p.Second }), StringComparer.OrdinalIgnoreCase);
        var members = present is null ? named : new HashSet<string>(present.Where(named.Contains), StringComparer.OrdinalIgnoreCase);
        var classes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var organisation in members.Order(StringComparer.OrdinalIgnoreCase))
        {
            classes.TryAdd(organisation, classes.Count);
        }

        return classes;
    }

    internal static bool[] CompetitorMatrix(Programme programme, Dictionary<string, int> classes)
    {
        var n = classes.Count;
        var matrix = new bool[n * n];
        foreach (var pair in programme.CompetitorPairs)
        {
            if (classes.TryGetValue(pair.First, out var a) && classes.TryGetValue(pair.Second, out var b))
            {
                matrix[(a * n) + b] = true;
                matrix[(b * n) + a] = true;
            }
        }

        return matrix;
    }
}

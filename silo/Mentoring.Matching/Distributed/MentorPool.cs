using Mentoring.Domain;

namespace Mentoring.Matching.Distributed;

/// <summary>
/// Some of a programme's mentors (one shard's), encoded once against a vocabulary of their own terms, so that any mentee
/// can be scored against them on demand without encoding the mentors again. A pool's scores equal those of a round over
/// the whole programme: a term only the mentee uses can overlap with no mentor of the pool, the counts that normalise a
/// component come from the full lists, and a required language no mentor here speaks still fails (see
/// <see cref="Vocabulary"/>). Merging the pools' <see cref="Best"/> by score, then mentor id, gives the programme's
/// recommendations. Not thread-safe: one caller at a time, as a grain turn is.
/// </summary>
public sealed class MentorPool
{
    private readonly Programme _programme;
    private readonly FeatureLayout _layout;
    private readonly Vocabulary _vocabulary;
    private readonly EncodedSide _mentors;
    private readonly Dictionary<string, int> _competitorClasses;
    private readonly bool[] _competitorMatrix;
    private readonly int[] _capacities;

    private MentorPool(Programme programme, FeatureLayout layout, Vocabulary vocabulary, EncodedSide mentors, Dictionary<string, int> competitorClasses, int[] capacities)
    {
        _programme = programme;
        _layout = layout;
        _vocabulary = vocabulary;
        _mentors = mentors;
        _competitorClasses = competitorClasses;
        _competitorMatrix = FeatureEncoder.CompetitorMatrix(programme, competitorClasses);
        _capacities = capacities;
    }

    public int Count => _mentors.Count;

    /// <summary>
    /// Encodes the mentors (participants that can mentor); <paramref name="remainingCapacity"/> overrides a mentor's
    /// declared capacity (a peer's is one), as in <see cref="MatchingRequest.RemainingCapacity"/>.
    /// </summary>
    public static MentorPool Build(Programme programme, IEnumerable<Participant> mentors, IReadOnlyDictionary<string, int>? remainingCapacity)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentors);
        var array = FeatureEncoder.SortById(mentors.Where(p => p.IsMentor));
        var skills = TermSpace.All(array.SelectMany(p => p.SkillsOffered.Select(s => s.Term).Concat(p.SkillsWanted.Select(s => s.Term))));
        var goals = TermSpace.All(array.SelectMany(p => p.Goals));
        var interests = TermSpace.All(array.SelectMany(p => p.Interests));
        var languages = new Interner(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in array.SelectMany(p => p.Languages.Concat(p.Preferences.RequiredLanguages))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            languages.Intern(tag);
        }

        var layout = new FeatureLayout(skills.Words, goals.Words, interests.Words, FeatureLayout.WordsFor(languages.Count));
        var vocabulary = new Vocabulary(skills, goals, interests, languages);
        var side = new EncodedSide(array, layout);
        // Every organisation the programme names as a competitor gets a class, so a mentee's is known whoever is in the pool.
        var classes = programme.CompetitorPairs.SelectMany(p => new[] { p.First, p.Second })
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)
            .Select((organisation, index) => (organisation, index))
            .ToDictionary(x => x.organisation, x => x.index, StringComparer.OrdinalIgnoreCase);
        FeatureEncoder.Fill(side, programme, vocabulary, classes);
        vocabulary.Freeze();
        var capacities = MatchingEngine.Capacities(side, remainingCapacity, programme.Policy.Solver == SolverMode.Peer);
        return new MentorPool(programme, layout, vocabulary, side, classes, capacities);
    }

    /// <summary>
    /// The pool's best <paramref name="topN"/> feasible mentors for <paramref name="mentee"/>, by score then id; mentors
    /// in <paramref name="excludedMentors"/> (earlier partners) are never among them, nor the mentee itself.
    /// </summary>
    public IReadOnlyList<ScoredMentor> Best(Participant mentee, IEnumerable<string> excludedMentors, int topN)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(topN);
        var scorer = ScorerFor(mentee, excludedMentors);
        return [.. Recommendations.Best(scorer, 0, topN).Select(c => new ScoredMentor(_mentors.Participants[c.Mentor].Id, c.Score))];
    }

    /// <summary>The breakdown and reasons of pairs <see cref="Best"/> chose (the score is the one it gave); unknown mentors are left out.</summary>
    public IReadOnlyList<ProposedMatch> Explain(Participant mentee, IEnumerable<string> excludedMentors, IEnumerable<ScoredMentor> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var scorer = ScorerFor(mentee, excludedMentors);
        var explained = new List<ProposedMatch>();
        foreach (var (mentorId, score) in chosen)
        {
            var mentor = _mentors.IndexOf(mentorId);
            if (mentor >= 0)
            {
                var why = PairExplainer.Explain(scorer, 0, mentor);
                explained.Add(new ProposedMatch(why.MenteeId, why.MentorId, score, why.Breakdown, why.Reasons));
            }
        }

        return explained;
    }

    private PairScorer ScorerFor(Participant mentee, IEnumerable<string> excludedMentors)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(excludedMentors);
        var side = new EncodedSide([mentee], _layout);
        FeatureEncoder.Fill(side, _programme, _vocabulary, _competitorClasses);
        var round = new EncodedRound(_programme, _layout, side, _mentors, _competitorMatrix, _competitorClasses.Count);
        return new PairScorer(round, excludedMentors.Select(mentor => new PreviousPair(mentee.Id, mentor)), _capacities);
    }
}

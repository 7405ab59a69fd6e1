using Mentoring.Domain;

namespace Mentoring.Matching;

/// <summary>
/// The mentors of a programme encoded once against a vocabulary of their own, for recommendations: each request encodes
/// its one mentee against it (<see cref="WithMentee"/>). Scores equal a whole round's encoding because only terms both
/// sides share ever meet in a score: a mentee's term no mentor has gets no bit, a language no mentor speaks gets the
/// <see cref="Vocabulary.OtherLanguage"/> bit (so requiring it still fails), an organisation, industry or location no
/// mentor has an id no mentor holds, and competitor classes cover every organisation the programme's pairs name.
/// Thread-safe: the vocabulary is frozen before any mentee is encoded.
/// </summary>
internal sealed class EncodedMentors
{
    private readonly Programme _programme;
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<string, int> _competitorClasses;
    private readonly bool[] _competitorMatrix;
    private readonly ScoringPolicy _policy;

    private EncodedMentors(Programme programme, Vocabulary vocabulary, EncodedSide side, Dictionary<string, int> competitorClasses)
    {
        _programme = programme;
        _vocabulary = vocabulary;
        Side = side;
        _competitorClasses = competitorClasses;
        _competitorMatrix = FeatureEncoder.CompetitorMatrix(programme, competitorClasses);
        _policy = new ScoringPolicy(programme.Policy, programme.OrganisationMode);
    }

    public EncodedSide Side { get; }

    public FeatureLayout Layout => Side.Layout;

    public static EncodedMentors Encode(Programme programme, IEnumerable<Participant> mentors)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentors);
        var sorted = FeatureEncoder.SortById(mentors);
        var languages = new Interner(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in sorted.SelectMany(p => p.Languages.Concat(p.Preferences.RequiredLanguages))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            languages.Intern(tag);
        }

        var vocabulary = new Vocabulary(
            TermSpace.Of(sorted.SelectMany(p => p.SkillsOffered.Select(s => s.Term))),
            TermSpace.Of(sorted.SelectMany(p => p.Goals)),
            TermSpace.Of(sorted.SelectMany(p => p.Interests)),
            languages);

        // One language bit more than the mentors use: the "other" bit of a mentee's language no mentor speaks.
        var layout = new FeatureLayout(vocabulary.Skills.Words, vocabulary.Goals.Words, vocabulary.Interests.Words, FeatureLayout.WordsFor(languages.Count + 1));
        var side = new EncodedSide(sorted, layout);
        var classes = FeatureEncoder.CompetitorClasses(programme, null);
        FeatureEncoder.Fill(side, programme, vocabulary, classes);
        vocabulary.Freeze();
        return new EncodedMentors(programme, vocabulary, side, classes);
    }

    /// <summary>These mentors with no mentee: what the mentor-side tables of a scorer are built from.</summary>
    public EncodedRound WithoutMentees() =>
        new(_policy, Layout, EncodedSide.Rows(0, Layout), Side, _competitorMatrix, _competitorClasses.Count);

    /// <summary>A round of one mentee against these mentors, ready for a <see cref="PairScorer"/>.</summary>
    public EncodedRound WithMentee(Participant mentee)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        var side = new EncodedSide([mentee], Layout);
        FeatureEncoder.Fill(side, _programme, _vocabulary, _competitorClasses);
        return new EncodedRound(_policy, Layout, side, Side, _competitorMatrix, _competitorClasses.Count);
    }
}

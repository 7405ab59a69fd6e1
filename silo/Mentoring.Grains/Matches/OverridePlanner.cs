using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Rounds;
using Mentoring.Matching;

namespace Mentoring.Grains.Matches;

/// <summary>
/// Reads what an override needs and judges it, writing nothing: the pairs through the matching library's own rules
/// (<see cref="PairCheck"/>), the mentors' free slots, the matches' states. Returns the journal entry, or the refusal.
/// </summary>
internal sealed class OverridePlanner(IGrainFactory grains, string programmeId)
{
    public const string MentorCapacityRule = "MentorCapacity";

    public async Task<(MatchOverride? Plan, OverrideResult? Refusal)> AssignAsync(
        string request, string roundId, string menteeId, string mentorId, IEnumerable<string> overrideRounds, CancellationToken cancellationToken)
    {
        if (await ProgrammeAsync(cancellationToken) is not { } programme)
        {
            return Refuse(OverrideStatus.NotFound, $"programmes/{programmeId}", "the programme does not exist");
        }

        var (mentee, mentor, refusal) = await PairAsync(menteeId, mentorId, cancellationToken);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        var open = await OpenMatchesAsync(menteeId, overrideRounds, cancellationToken);
        if (open.Any(m => m.MentorId == mentorId))
        {
            return Refuse(OverrideStatus.Refused, MatchKeys.Match(programmeId, open.First(m => m.MentorId == mentorId).RoundId, menteeId),
                "the mentee already has an open match with this mentor", "AlreadyMatched");
        }

        var (match, ruleRefusal) = Judge(programme, mentee!, mentor!);
        if (ruleRefusal is not null)
        {
            return (null, ruleRefusal);
        }

        var held = await Participant(mentorId).GetMatchSlotsAsync(MatchRole.Mentor, cancellationToken);
        if (held.Length >= mentor!.Participant.Capacity)
        {
            return Refuse(OverrideStatus.Refused, Name(mentorId), $"the mentor holds {held.Length} of {mentor.Participant.Capacity} slots", MentorCapacityRule);
        }

        return (new MatchOverride(request, roundId, [match!], [.. open.Select(m => new MatchAddress(m.RoundId, m.MenteeId))], mentorId, false), null);
    }

    public async Task<(MatchOverride? Plan, OverrideResult? Refusal)> SwapAsync(
        string request, string roundId, MatchAddress first, MatchAddress second, CancellationToken cancellationToken)
    {
        if (await ProgrammeAsync(cancellationToken) is not { } programme)
        {
            return Refuse(OverrideStatus.NotFound, $"programmes/{programmeId}", "the programme does not exist");
        }

        if (first.MenteeId == second.MenteeId)
        {
            return Refuse(OverrideStatus.Invalid, Name(first.MenteeId), "the two matches must have different mentees");
        }

        var a = await MatchAsync(first, cancellationToken);
        var b = await MatchAsync(second, cancellationToken);
        foreach (var (address, match) in new[] { (first, a), (second, b) })
        {
            var name = MatchKeys.Match(programmeId, address.RoundId, address.MenteeId);
            if (match is null)
            {
                return Refuse(OverrideStatus.NotFound, name, "the match does not exist");
            }

            if (!match.State.IsOpen())
            {
                return Refuse(OverrideStatus.Refused, name, $"the match is {match.State}; only an open match can be swapped", "MatchNotOpen");
            }
        }

        if (a!.MentorId == b!.MentorId)
        {
            return Refuse(OverrideStatus.Invalid, Name(a.MentorId), "the two matches have the same mentor");
        }

        var matches = new List<RoundMatch>();
        foreach (var (mentee, mentor, freed) in new[] { (a.MenteeId, b.MentorId, b), (b.MenteeId, a.MentorId, a) })
        {
            var (menteeProfile, mentorProfile, refusal) = await PairAsync(mentee, mentor, cancellationToken);
            if (refusal is not null)
            {
                return (null, refusal);
            }

            var (match, ruleRefusal) = Judge(programme, menteeProfile!, mentorProfile!);
            if (ruleRefusal is not null)
            {
                return (null, ruleRefusal);
            }

            // The mentor gives up its slot of the replaced match only if that one was active.
            var held = (await Participant(mentor).GetMatchSlotsAsync(MatchRole.Mentor, cancellationToken)).Length - (freed.State == MatchState.Active ? 1 : 0);
            if (held >= mentorProfile!.Participant.Capacity)
            {
                return Refuse(OverrideStatus.Refused, Name(mentor), $"the mentor holds {held} of {mentorProfile.Participant.Capacity} slots", MentorCapacityRule);
            }

            matches.Add(match!);
        }

        return (new MatchOverride(request, roundId, [.. matches.OrderBy(m => m.MenteeId, StringComparer.Ordinal)], [first, second], null, false), null);
    }

    private (RoundMatch? Match, OverrideResult? Refusal) Judge(Programme programme, MenteeProfile mentee, MenteeProfile mentor)
    {
        var previous = mentee.ExcludedPartners.Select(partner => new PreviousPair(mentee.Participant.Id, partner));
        var verdict = PairCheck.Evaluate(programme, mentee.Participant, mentor.Participant, previous);
        if (!verdict.IsFeasible)
        {
            return (null, OverrideResult.Refused(
                OverrideStatus.Refused,
                $"{Name(mentee.Participant.Id)} and {Name(mentor.Participant.Id)}",
                ExclusionRuleText.Describe(verdict.Exclusion),
                verdict.Exclusion.ToString()));
        }

        var proposed = new ProposedMatch(verdict.MenteeId, verdict.MentorId, verdict.Total, verdict.Breakdown, [OverrideReasons.Assigned, .. verdict.Reasons]);
        return (RoundResultWriter.ToRoundMatch(proposed), null);
    }

    private async Task<(MenteeProfile? Mentee, MenteeProfile? Mentor, OverrideResult? Refusal)> PairAsync(
        string menteeId, string mentorId, CancellationToken cancellationToken)
    {
        if (menteeId == mentorId)
        {
            return (null, null, OverrideResult.Refused(OverrideStatus.Invalid, Name(menteeId), "a participant cannot mentor themselves"));
        }

        var mentee = await Participant(menteeId).GetMenteeProfileAsync(cancellationToken);
        var mentor = await Participant(mentorId).GetMenteeProfileAsync(cancellationToken);
        foreach (var (id, profile, role) in new[] { (menteeId, mentee, ParticipantRole.Mentee), (mentorId, mentor, ParticipantRole.Mentor) })
        {
            if (profile is null)
            {
                return (null, null, OverrideResult.Refused(OverrideStatus.NotFound, Name(id), "the participant does not exist"));
            }

            if (profile.Participant.Role != role)
            {
                return (null, null, OverrideResult.Refused(OverrideStatus.Invalid, Name(id), $"the participant is a {profile.Participant.Role}, not a {role}"));
            }
        }

        return (mentee, mentor, null);
    }

    /// <summary>The mentee's open matches in every published round and earlier override.</summary>
    private async Task<List<MatchSnapshot>> OpenMatchesAsync(string menteeId, IEnumerable<string> overrideRounds, CancellationToken cancellationToken)
    {
        var published = await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).PublishedRoundsAsync(cancellationToken);
        var open = new List<MatchSnapshot>();
        foreach (var roundId in published.Concat(overrideRounds))
        {
            if (await MatchAsync(new MatchAddress(roundId, menteeId), cancellationToken) is { } match && match.State.IsOpen())
            {
                open.Add(match);
            }
        }

        return open;
    }

    private async Task<MatchSnapshot?> MatchAsync(MatchAddress address, CancellationToken cancellationToken) =>
        await grains.FindAsync(programmeId, address.RoundId, address.MenteeId, cancellationToken) is { } page
            ? await page.GetMatchAsync(address.MenteeId, cancellationToken)
            : null;

    private async Task<Programme?> ProgrammeAsync(CancellationToken cancellationToken) =>
        (await grains.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken))?.Programme;

    private static (MatchOverride?, OverrideResult?) Refuse(OverrideStatus status, string subject, string message, string? rule = null) =>
        (null, OverrideResult.Refused(status, subject, message, rule));

    private string Name(string participantId) => GrainKeys.Participant(programmeId, participantId);

    private IParticipantGrain Participant(string participantId) => grains.GetGrain<IParticipantGrain>(Name(participantId));
}

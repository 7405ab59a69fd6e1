using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Rounds;

/// <summary>Removes every round of a programme from storage (a running one is cancelled first), the mentor digest, the manual overrides, then the round registry.</summary>
internal sealed class ProgrammeRoundsPurge(IGrainFactory grains, string programmeId)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var roundIds in ProgrammeRoundIds.PagesAsync(grains, programmeId, cancellationToken))
        {
            // Notifications and follow-ups stop first, so none reads a page or writes to the dev mailbox after the purge.
            await Task.WhenAll(roundIds.Select(roundId =>
                grains.GetGrain<IRoundNotificationGrain>(MailKeys.RoundNotifications(programmeId, roundId)).ClearAsync(cancellationToken)));
            await Task.WhenAll(roundIds.Select(roundId =>
                grains.GetGrain<IProposalFollowUpGrain>(MailKeys.ProposalFollowUp(programmeId, roundId)).ClearAsync(cancellationToken)));
            await Task.WhenAll(roundIds.Select(roundId =>
                grains.GetGrain<IRoundResultsGrain>(RoundKeys.Round(programmeId, roundId)).PurgeAsync(cancellationToken)));
        }

        await grains.GetGrain<IMentorDigestGrain>(MailKeys.MentorDigest(programmeId)).ClearAsync(cancellationToken);
        await grains.GetGrain<IMatchOverridesGrain>(MatchKeys.Overrides(programmeId)).ClearAsync(cancellationToken);
        await grains.GetGrain<IProgrammeRoundsGrain>(RoundKeys.Rounds(programmeId)).ClearAsync(cancellationToken);
    }
}

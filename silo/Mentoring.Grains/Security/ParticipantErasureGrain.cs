using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Mail;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Abstractions.Security;
using Mentoring.Domain;
using Mentoring.Grains.Events;
using Mentoring.Grains.Rounds;

namespace Mentoring.Grains.Security;

/// <inheritdoc cref="IParticipantErasureGrain"/>
/// <remarks>
/// Order matters for resuming: the participant's own grain drops the profile and fixes the pseudonym first, then every
/// place that outlives them is rewritten (each step idempotent), and only then is their row removed. A failure leaves
/// the pseudonym in the row, so repeating the delete finishes the job with the same pseudonym. Last, the storage drops
/// what its files still keep of the deleted rows (<see cref="IStorageCheckpoint"/>).
/// </remarks>
[StatelessWorker]
public sealed class ParticipantErasureGrain(IParticipantStore participants, IProgrammeEventStore events, IStorageCheckpoint checkpoint) : Grain, IParticipantErasureGrain
{
    private const int ParallelForgets = 32;

    async Task<ErasureTicket> IParticipantErasureGrain.EraseAsync(string? expectedEtag, CancellationToken cancellationToken)
    {
        // "programmes/{programme}/participants/{participant}"
        var parts = this.GetPrimaryKeyString().Split('/');
        var (programmeId, participantId) = (parts[1], parts[3]);
        var participant = GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, participantId));
        var ticket = await participant.BeginErasureAsync(expectedEtag, cancellationToken);
        if (ticket is not { Status: WriteStatus.Deleted, Pseudonym: { } pseudonym })
        {
            return ticket;
        }

        var partners = await PseudonymiseRoundsAsync(programmeId, participantId, pseudonym, cancellationToken);
        var referencing = await ReferencingAsync(programmeId, participantId, cancellationToken);
        var others = partners.Concat(ticket.Partners).Concat(referencing)
            .Where(id => id != participantId && id != pseudonym)
            .Distinct(StringComparer.Ordinal);
        foreach (var batch in others.Chunk(ParallelForgets))
        {
            await Task.WhenAll(batch.Select(id =>
                GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(programmeId, id)).ForgetAsync(participantId, pseudonym, cancellationToken)));
        }

        // The tenant's audit log names people by resource; what it held of this one now reads as the pseudonym.
        if (await GrainFactory.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken) is { } programme)
        {
            await GrainFactory.GetGrain<IAuditLogGrain>(SecurityKeys.AuditLog(programme.Tenant)).RedactAsync(
                GrainKeys.Participant(programmeId, participantId), GrainKeys.Participant(programmeId, pseudonym), cancellationToken: cancellationToken);
        }

        // The programme's event log named them by id (subjects and data); from here it names the pseudonym.
        await events.RedactAsync(programmeId, participantId, pseudonym, cancellationToken);
        // Stored messages name the person (address, name, links); the dev mailbox is the one place that keeps them.
        await GrainFactory.GetGrain<IDevMailboxGrain>(MailKeys.DevMailbox(programmeId)).ForgetAsync(participantId, cancellationToken);
        // Check-in answers: their own lose the comment, and every answer names the pseudonym; scores stay for the aggregates.
        await GrainFactory.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(programmeId)).ForgetAsync(participantId, pseudonym, cancellationToken);
        await participant.CompleteErasureAsync(cancellationToken);
        await checkpoint.AfterErasureAsync(cancellationToken);
        return ticket;
    }

    /// <summary>Pseudonymises every stored page of every round; returns the other side of each of the participant's matches.</summary>
    private async Task<ImmutableArray<string>> PseudonymiseRoundsAsync(string programmeId, string participantId, string pseudonym, CancellationToken cancellationToken)
    {
        var partners = ImmutableArray.CreateBuilder<string>();
        await foreach (var roundIds in ProgrammeRoundIds.PagesAsync(GrainFactory, programmeId, cancellationToken))
        {
            foreach (var roundId in roundIds)
            {
                var results = GrainFactory.GetGrain<IRoundResultsGrain>(RoundKeys.Round(programmeId, roundId));
                var pages = await results.StoredPageCountAsync(cancellationToken);
                for (var page = 0; page < pages; page++)
                {
                    var found = await GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, page))
                        .PseudonymiseAsync(participantId, pseudonym, cancellationToken);
                    partners.AddRange(found.Partners);
                    if (found.WasMentee)
                    {
                        await results.ForgetMenteeAsync(participantId, pseudonym, page, cancellationToken);
                    }
                }
            }
        }

        // A manual override's matches are on its one page, and its journal names whom it paired.
        var overrides = GrainFactory.GetGrain<IMatchOverridesGrain>(MatchKeys.Overrides(programmeId));
        foreach (var roundId in await overrides.RoundIdsAsync(cancellationToken))
        {
            var found = await GrainFactory.GetGrain<IRoundResultPageGrain>(RoundKeys.ResultPage(programmeId, roundId, 0))
                .PseudonymiseAsync(participantId, pseudonym, cancellationToken);
            partners.AddRange(found.Partners);
        }

        await overrides.ForgetAsync(participantId, pseudonym, cancellationToken);
        return partners.ToImmutable();
    }

    /// <summary>Participants whose profile names the erased one (reporting line, ranked choices, blocked, prior engagements).</summary>
    private async Task<IEnumerable<string>> ReferencingAsync(string programmeId, string participantId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var stored in participants.ScanAsync(programmeId, cancellationToken))
        {
            if (ParticipantReferences.Names(stored.Participant!, participantId))
            {
                ids.Add(stored.Participant!.Id);
            }
        }

        return ids;
    }
}

using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Feedback;
using Mentoring.Abstractions.Matches;
using Mentoring.Abstractions.Rounds;
using Mentoring.Domain;
using Mentoring.Grains.Events;
using Mentoring.Storage.Faults;
using Microsoft.Extensions.Logging;

namespace Mentoring.Grains.Rounds;

/// <inheritdoc cref="IRoundResultPageGrain"/>
/// <remarks>
/// Calls on one page are serialised by the grain; capacity is counted only in the participants' own grains, which
/// serialise the accepts of every round: the mentor's declared capacity, one active match per mentee, one pairing per
/// peer. Slots are reserved before ACTIVE is stored and released after ENDED or DECLINED is stored, so a crash in
/// between can only hold a slot too long, which repeating the call repairs.
/// </remarks>
public sealed class RoundResultPageGrain(
    [PersistentState(StorageNames.RoundPageState, StorageNames.Provider)] IPersistentState<RoundPageState> state,
    [PersistentState(StorageNames.RoundPageMatchesState, StorageNames.Provider)] IPersistentState<RoundPageMatchesState> lifecycle,
    TimeProvider clock,
    StorageRetry retry,
    IProgrammeEventStore events,
    ILogger<RoundResultPageGrain> logger) : Grain, IRoundResultPageGrain
{
    public const string MentorFull = "mentor full";
    public const string MenteeTaken = "mentee already in an active match";
    public const string PeerTaken = "already paired in an active match";

    // Ids of pending events known to be in the log: the next write of the lifecycle drops them.
    private ImmutableHashSet<string> _inLog = [];

    // Events left pending by a move whose append failed (or a silo that died after the write) go to the log first.
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Pending.IsEmpty)
        {
            await TryAppendPendingAsync(deactivateOnFailure: false, cancellationToken);
        }
    }

    async Task IRoundResultPageGrain.SetAsync(RoundMatchPage page, CancellationToken cancellationToken)
    {
        var publishTime = state.State.Page is null ? clock.GetUtcNow() : state.State.PublishTime;
        state.State = new RoundPageState { Page = page, PublishTime = publishTime };
        await state.WriteStateAsync(retry, cancellationToken);
    }

    Task<RoundMatchPage?> IRoundResultPageGrain.GetAsync(CancellationToken cancellationToken) => Task.FromResult(state.State.Page);

    Task<ImmutableArray<MatchPair>> IRoundResultPageGrain.GetPairsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Page is { } page
            ? page.Matches.Select(m => new MatchPair(m.MenteeId, m.MentorId, LifecycleOf(m).State)).ToImmutableArray()
            : []);

    Task<ImmutableArray<MatchSnapshot>> IRoundResultPageGrain.ListMatchesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Page is { } page ? page.Matches.Select(Snapshot).ToImmutableArray() : []);

    Task<MatchSnapshot?> IRoundResultPageGrain.GetMatchAsync(string menteeId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(menteeId) is { } match ? Snapshot(match) : null);

    async Task<MatchChange> IRoundResultPageGrain.AcceptAsync(string menteeId, string participantId, CancellationToken cancellationToken)
    {
        if (Find(menteeId) is not { } match)
        {
            return new(MatchChangeStatus.NotFound, null);
        }

        if (SideOf(match, participantId) is not { } byMentee)
        {
            return new(MatchChangeStatus.NotAParty, Snapshot(match));
        }

        var current = LifecycleOf(match).State;
        var mine = byMentee ? MatchState.AcceptedByMentee : MatchState.AcceptedByMentor;
        if (current == MatchState.Active || current == mine)
        {
            return new(MatchChangeStatus.Unchanged, Snapshot(match));
        }

        if (current is MatchState.Declined or MatchState.Ended)
        {
            return Illegal(match, "only a proposed or half-accepted match can be accepted");
        }

        if (current == MatchState.Proposed)
        {
            return await MoveAsync(match, new(mine, null, null, null, clock.GetUtcNow()), cancellationToken);
        }

        return await ActivateBothAsync(match, cancellationToken);
    }

    async Task<MatchChange> IRoundResultPageGrain.DeclineAsync(string menteeId, string participantId, CancellationToken cancellationToken)
    {
        if (Find(menteeId) is not { } match)
        {
            return new(MatchChangeStatus.NotFound, null);
        }

        if (SideOf(match, participantId) is not { } byMentee)
        {
            return new(MatchChangeStatus.NotAParty, Snapshot(match));
        }

        var current = LifecycleOf(match).State;
        if (current == MatchState.Declined)
        {
            return new(MatchChangeStatus.Unchanged, Snapshot(match));
        }

        if (current is MatchState.Active or MatchState.Ended)
        {
            return Illegal(match, "an active match is ended, not declined");
        }

        return await DeclineAsync(match, current, byMentee ? "declined by the mentee" : "declined by the mentor", cancellationToken);
    }

    async Task<MatchChange> IRoundResultPageGrain.LapseAsync(string menteeId, string reason, CancellationToken cancellationToken)
    {
        if (Find(menteeId) is not { } match)
        {
            return new(MatchChangeStatus.NotFound, null);
        }

        var current = LifecycleOf(match).State;
        if (current == MatchState.Declined)
        {
            return new(MatchChangeStatus.Unchanged, Snapshot(match));
        }

        // Answered by both sides since the lapse was found due: the answer wins.
        return current.IsAwaitingAnswer()
            ? await DeclineAsync(match, current, reason, cancellationToken)
            : Illegal(match, "only a proposal still waiting for an answer lapses");
    }

    Task<PendingProposals> IRoundResultPageGrain.ListPendingAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Page is { } page
            ? new PendingProposals(state.State.PublishTime, page.Peer, [.. page.Matches.Where(m => LifecycleOf(m).State.IsAwaitingAnswer()).Select(Snapshot)])
            : new PendingProposals(state.State.PublishTime, false, []));

    // One path for every decline (a side's, a lapse): the event with the move, the pair excluded, held slots released.
    private async Task<MatchChange> DeclineAsync(RoundMatch match, MatchState current, string reason, CancellationToken cancellationToken)
    {
        var change = await MoveAsync(match, new MatchLifecycle(MatchState.Declined, reason, null, null, clock.GetUtcNow()), cancellationToken);
        await ExcludeEachOtherAsync(match, cancellationToken);
        if (current is MatchState.AcceptedByMentee or MatchState.AcceptedByMentor)
        {
            // A crash between reserving and storing ACTIVE leaves a half-accepted match holding slots.
            await ReleaseBothAsync(match, cancellationToken);
        }

        return change;
    }

    async Task<MatchChange> IRoundResultPageGrain.EndAsync(string menteeId, int? rating, string? comment, CancellationToken cancellationToken)
    {
        if (Find(menteeId) is not { } match)
        {
            return new(MatchChangeStatus.NotFound, null);
        }

        var current = LifecycleOf(match);
        if (current.State == MatchState.Ended)
        {
            if (current.Rating != rating || current.Comment != comment)
            {
                return Illegal(match, "it already ended with a different rating or comment");
            }

            // Repeating the call also repairs a release lost to a crash.
            await ReleaseBothAsync(match, cancellationToken);
            return new(MatchChangeStatus.Unchanged, Snapshot(match));
        }

        if (current.State != MatchState.Active)
        {
            return Illegal(match, "only an active match can be ended");
        }

        var change = await MoveAsync(match, new(MatchState.Ended, null, rating, comment, clock.GetUtcNow()), cancellationToken);
        await ReleaseBothAsync(match, cancellationToken);
        return change;
    }

    async Task<MatchChange> IRoundResultPageGrain.ActivateAsync(string menteeId, CancellationToken cancellationToken)
    {
        if (Find(menteeId) is not { } match)
        {
            return new(MatchChangeStatus.NotFound, null);
        }

        var current = LifecycleOf(match).State;
        if (current != MatchState.Proposed)
        {
            return current == MatchState.Active ? new(MatchChangeStatus.Unchanged, Snapshot(match)) : Illegal(match, "only a proposed match can be made active");
        }

        return await ActivateBothAsync(match, cancellationToken);
    }

    async Task<MatchChange> IRoundResultPageGrain.SupersedeAsync(string menteeId, string reason, CancellationToken cancellationToken)
    {
        if (Find(menteeId) is not { } match)
        {
            return new(MatchChangeStatus.NotFound, null);
        }

        var current = LifecycleOf(match).State;
        var change = current.IsOpen()
            ? await MoveAsync(match, new(current == MatchState.Active ? MatchState.Ended : MatchState.Declined, reason, null, null, clock.GetUtcNow()), cancellationToken)
            : new MatchChange(MatchChangeStatus.Unchanged, Snapshot(match));

        // Stored first, released after, as in EndAsync: a crash in between holds slots only until the retry.
        await ReleaseBothAsync(match, cancellationToken);
        return change;
    }

    /// <summary>
    /// The mentee's slot first, then the mentor's: ACTIVE when both are held, otherwise DECLINED with the side that was full.
    /// A slot taken before the other side refused is released once DECLINED is stored.
    /// </summary>
    // Both sides take a slot (or the match lapses to declined and gives back what it took), then exclude each other.
    private async Task<MatchChange> ActivateBothAsync(RoundMatch match, CancellationToken cancellationToken)
    {
        // Before ACTIVE can be stored, so no active match is left without its programme's check-in reminder.
        await GrainFactory.GetGrain<IFeedbackGrain>(FeedbackKeys.Feedback(Key.ProgrammeId)).ScheduleAsync(cancellationToken);
        var next = await ReserveBothAsync(match, cancellationToken);
        var change = await MoveAsync(match, next, cancellationToken);
        if (next.State == MatchState.Declined)
        {
            await ReleaseBothAsync(match, cancellationToken);
        }

        await ExcludeEachOtherAsync(match, cancellationToken);
        return change;
    }

    private async Task<MatchLifecycle> ReserveBothAsync(RoundMatch match, CancellationToken cancellationToken)
    {
        var peer = state.State.Page!.Peer;
        var mentee = await Participant(match.MenteeId).ReserveMatchSlotAsync(Name(match), peer ? MatchRole.Peer : MatchRole.Mentee, cancellationToken);
        var mentor = mentee == MatchSlot.Reserved
            ? await Participant(match.MentorId).ReserveMatchSlotAsync(Name(match), peer ? MatchRole.Peer : MatchRole.Mentor, cancellationToken)
            : MatchSlot.Reserved;
        var reason = (mentee, mentor) switch
        {
            (MatchSlot.Reserved, MatchSlot.Reserved) => null,
            (MatchSlot.Full, _) => peer ? PeerTaken : MenteeTaken,
            (MatchSlot.ParticipantNotFound, _) => "mentee no longer exists",
            (_, MatchSlot.Full) => peer ? PeerTaken : MentorFull,
            _ => "mentor no longer exists",
        };
        return new MatchLifecycle(reason is null ? MatchState.Active : MatchState.Declined, reason, null, null, clock.GetUtcNow());
    }

    /// <summary>A declined or active pair is never offered again; in a peer round, to either of the two.</summary>
    private async Task ExcludeEachOtherAsync(RoundMatch match, CancellationToken cancellationToken)
    {
        await Participant(match.MenteeId).ExcludePartnerAsync(match.MentorId, cancellationToken);
        if (state.State.Page!.Peer)
        {
            await Participant(match.MentorId).ExcludePartnerAsync(match.MenteeId, cancellationToken);
        }
    }

    private Task ReleaseBothAsync(RoundMatch match, CancellationToken cancellationToken) =>
        Task.WhenAll(
            Participant(match.MenteeId).ReleaseMatchSlotAsync(Name(match), cancellationToken),
            Participant(match.MentorId).ReleaseMatchSlotAsync(Name(match), cancellationToken));

    // The move and its event are one state write (the outbox); the event reaches the log right after, or on a later activation.
    private async Task<MatchChange> MoveAsync(RoundMatch match, MatchLifecycle next, CancellationToken cancellationToken)
    {
        var pending = Unlogged();
        if (MatchEvents.Moved(Key.ProgrammeId, Key.RoundId, match, next.State, next.UpdateTime) is { } moved)
        {
            pending = pending.Add(moved);
        }

        lifecycle.State = lifecycle.State with { Matches = lifecycle.State.Matches.SetItem(match.MenteeId, next), PendingEvents = pending };
        await lifecycle.WriteStateAsync(cancellationToken);
        await TryAppendPendingAsync(deactivateOnFailure: true, cancellationToken);
        return new(MatchChangeStatus.Changed, Snapshot(match));
    }

    private ImmutableArray<PendingEvent> Pending => lifecycle.State.PendingEvents.IsDefault ? [] : lifecycle.State.PendingEvents;

    private ImmutableArray<PendingEvent> Unlogged() => [.. Pending.Where(e => !_inLog.Contains(e.EventId))];

    private async Task AppendPendingAsync(CancellationToken cancellationToken)
    {
        var pending = Unlogged();
        await EventOutbox.AppendAsync(events, Key.ProgrammeId, pending, cancellationToken);
        _inLog = _inLog.Union(pending.Select(e => e.EventId));
    }

    // The change is stored whatever happens here: a failed append stays pending, and a fresh activation appends it first.
    private async Task TryAppendPendingAsync(bool deactivateOnFailure, CancellationToken cancellationToken)
    {
        try
        {
            await AppendPendingAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The events of {Page} could not be appended yet; its next activation appends them", this.GetPrimaryKeyString());
            if (deactivateOnFailure)
            {
                DeactivateOnIdle();
            }
        }
    }

    async Task<PseudonymisedPage> IRoundResultPageGrain.PseudonymiseAsync(string participantId, string pseudonym, CancellationToken cancellationToken)
    {
        if (state.State.Page is not { } page)
        {
            return new(false, []);
        }

        // Asked again after a half-finished erasure, the page answers from the pseudonym it already holds.
        var theirs = page.Matches.Where(m => m.MenteeId == participantId || m.MentorId == participantId
            || m.MenteeId == pseudonym || m.MentorId == pseudonym).ToList();
        var result = new PseudonymisedPage(
            theirs.Any(m => m.MenteeId == participantId || m.MenteeId == pseudonym),
            [.. theirs.Select(m => m.MenteeId == participantId || m.MenteeId == pseudonym ? m.MentorId : m.MenteeId)]);
        if (!page.Matches.Any(m => m.MenteeId == participantId || m.MentorId == participantId) && !page.Unmatched.Any(u => u.MenteeId == participantId))
        {
            return result;
        }

        // Pending events name the participant: in the log first, where the erasure rewrites them, and off the page below.
        await AppendPendingAsync(cancellationToken);
        string Replace(string id) => id == participantId ? pseudonym : id;
        var matches = lifecycle.State.Matches;
        foreach (var match in page.Matches.Where(m => (m.MenteeId == participantId || m.MentorId == participantId) && matches.ContainsKey(m.MenteeId)))
        {
            var current = matches[match.MenteeId];
            matches = matches.Remove(match.MenteeId).SetItem(Replace(match.MenteeId), current with { Comment = null });
        }

        lifecycle.State = new RoundPageMatchesState { Matches = matches, PendingEvents = Unlogged() };
        await lifecycle.WriteStateAsync(cancellationToken);
        state.State = state.State with
        {
            Page = page with
            {
                Matches = [.. page.Matches.Select(m => m with { MenteeId = Replace(m.MenteeId), MentorId = Replace(m.MentorId) })],
                Unmatched = [.. page.Unmatched.Select(u => u with { MenteeId = Replace(u.MenteeId) })],
            },
        };
        await state.WriteStateAsync(cancellationToken);
        return result;
    }

    Task<string?> IRoundResultPageGrain.FirstLiveMenteeAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Page?.Matches.Select(m => m.MenteeId).FirstOrDefault(id => !Pseudonyms.IsPseudonym(id)));

    async Task IRoundResultPageGrain.ClearAsync(CancellationToken cancellationToken)
    {
        await lifecycle.ClearStateAsync(cancellationToken);
        await state.ClearStateAsync(cancellationToken);
        DeactivateOnIdle();
    }

    private MatchChange Illegal(RoundMatch match, string rule) =>
        new(MatchChangeStatus.IllegalTransition, Snapshot(match), $"the match is {LifecycleOf(match).State}; {rule}");

    private RoundMatch? Find(string menteeId) =>
        state.State.Page is { } page ? page.Matches.FirstOrDefault(m => m.MenteeId == menteeId) : null;

    /// <summary>True for the mentee, false for the mentor, null for anyone else.</summary>
    private static bool? SideOf(RoundMatch match, string participantId) =>
        participantId == match.MenteeId ? true : participantId == match.MentorId ? false : null;

    private MatchLifecycle LifecycleOf(RoundMatch match) =>
        lifecycle.State.Matches.TryGetValue(match.MenteeId, out var current)
            ? current
            : new MatchLifecycle(MatchState.Proposed, null, null, null, state.State.PublishTime);

    private MatchSnapshot Snapshot(RoundMatch match)
    {
        var current = LifecycleOf(match);
        return new MatchSnapshot(Key.RoundId, match.MenteeId, match.MentorId, match.Score, current.State, current.Reason, current.Rating, current.Comment, current.UpdateTime);
    }

    private string Name(RoundMatch match) => MatchKeys.Match(Key.ProgrammeId, Key.RoundId, match.MenteeId);

    private IParticipantGrain Participant(string participantId) =>
        GrainFactory.GetGrain<IParticipantGrain>(GrainKeys.Participant(Key.ProgrammeId, participantId));

    // "programmes/{programme}/rounds/{round}/pages/{page}"
    private (string ProgrammeId, string RoundId) Key
    {
        get
        {
            var parts = this.GetPrimaryKeyString().Split('/');
            return (parts[1], parts[3]);
        }
    }
}

using System.Collections.Immutable;

namespace Mentoring.Abstractions.Feedback;

/// <summary>
/// A programme's check-in surveys (keyed by <see cref="FeedbackKeys.Feedback"/>): sends them when due, keeps the answers,
/// sums them up. One Orleans reminder per programme runs <see cref="RunDueAsync"/>.
/// </summary>
public interface IFeedbackGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the programme's check-in reminder exists; called before a match can turn active.</summary>
    Task ScheduleAsync(CancellationToken cancellationToken = default);

    /// <summary>Sends every check-in survey that is due now and not sent yet; returns how many surveys it handled.</summary>
    Task<int> RunDueAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores an answer unless the participant already answered that check-in of that match.</summary>
    Task<CheckInAnswerStatus> AnswerAsync(CheckInAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>The answer a participant gave to one check-in of one match, if any.</summary>
    Task<CheckInAnswer?> FindAnswerAsync(string roundId, string menteeId, string participantId, int point, CancellationToken cancellationToken = default);

    /// <summary>The surveys recorded as sent so far.</summary>
    Task<ImmutableArray<CheckInSent>> ListSentAsync(CancellationToken cancellationToken = default);

    /// <summary>Every answer the participant gave (data export).</summary>
    Task<ImmutableArray<CheckInAnswer>> ListAnswersByAsync(string participantId, CancellationToken cancellationToken = default);

    /// <summary>The programme's aggregates; answers at or below the configured low-score threshold are flagged.</summary>
    Task<FeedbackSummary> SummarizeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Erasure: the participant's own answers lose their comment and name the pseudonym; answers about them name the
    /// pseudonym. Scores stay, so the aggregates keep their numbers without naming anyone. Idempotent.
    /// </summary>
    Task ForgetAsync(string participantId, string pseudonym, CancellationToken cancellationToken = default);

    /// <summary>Drops everything (the programme is purged) and the reminder.</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}

using System.Collections.Immutable;
using Mentoring.Abstractions;
using Mentoring.Abstractions.Feedback;
using Mentoring.Domain;
using Mentoring.Domain.Links;
using Mentoring.Grains.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Feedback;

/// <inheritdoc cref="IFeedbackGrain"/>
/// <remarks>
/// Surveys are recorded as sent (a chunk at a time) before they are handed to the mail sender, so a crash in between
/// loses that chunk's messages rather than sending them twice: delivery is at most once. A lost survey only lowers the
/// response rate; a second survey for the same check-in would be counted as two. A send that fails stays recorded (it
/// may have reached the server); the chunk's surveys after it are un-recorded and go at the next tick.
/// </remarks>
public sealed class FeedbackGrain(
    [PersistentState(StorageNames.FeedbackState, StorageNames.Provider)] IPersistentState<FeedbackState> state,
    IOptions<FeedbackOptions> options,
    IMailSender mail,
    IParticipantStore participants,
    LinkSigningKeys keys,
    LinkOptions links,
    [FromKeyedServices(FeedbackOptions.ClockKey)] TimeProvider clock,
    ILogger<FeedbackGrain> logger) : Grain, IFeedbackGrain, IRemindable
{
    private const string Reminder = "check-ins";
    private const int Chunk = 50;
    private readonly FeedbackOptions _options = options.Value;
    private bool _scheduled;

    async Task IFeedbackGrain.ScheduleAsync(CancellationToken cancellationToken)
    {
        if (!_scheduled && await this.GetReminder(Reminder) is null)
        {
            await this.RegisterOrUpdateReminder(Reminder, _options.CheckInterval, _options.CheckInterval);
        }

        _scheduled = true;
    }

    Task<int> IFeedbackGrain.RunDueAsync(CancellationToken cancellationToken) => RunDueAsync(cancellationToken);

    async Task<CheckInAnswerStatus> IFeedbackGrain.AnswerAsync(CheckInAnswer answer, CancellationToken cancellationToken)
    {
        if (Find(answer.RoundId, answer.MenteeId, answer.ParticipantId, answer.Point) is not null)
        {
            return CheckInAnswerStatus.AlreadyAnswered;
        }

        state.State.Answers.Add(answer);
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            state.State.Answers.Remove(answer);
            throw;
        }

        return CheckInAnswerStatus.Recorded;
    }

    Task<CheckInAnswer?> IFeedbackGrain.FindAnswerAsync(string roundId, string menteeId, string participantId, int point, CancellationToken cancellationToken) =>
        Task.FromResult(Find(roundId, menteeId, participantId, point));

    Task<ImmutableArray<CheckInSent>> IFeedbackGrain.ListSentAsync(CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Sent.ToImmutableArray());

    Task<ImmutableArray<CheckInAnswer>> IFeedbackGrain.ListAnswersByAsync(string participantId, CancellationToken cancellationToken) =>
        Task.FromResult(state.State.Answers.Where(a => a.ParticipantId == participantId).ToImmutableArray());

    async Task<FeedbackSummary> IFeedbackGrain.SummarizeAsync(CancellationToken cancellationToken)
    {
        var programmeId = ProgrammeId();
        var programme = await GrainFactory.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken);
        var matches = await ProgrammeMatches.ListAsync(GrainFactory, programmeId, cancellationToken);
        var threshold = _options.LowScoreThreshold;
        var low = state.State.Answers.Where(a => a.Score <= threshold).ToList();
        var ids = low.SelectMany(a => new[] { a.MenteeId, a.MentorId }).Distinct(StringComparer.Ordinal).ToList();
        var profiles = ids.Count == 0 ? [] : await participants.ReadProfilesAsync(programmeId, ids, cancellationToken);
        var names = ids.Zip(profiles).ToDictionary(p => p.First, p => p.Second?.DisplayName ?? "", StringComparer.Ordinal);
        return FeedbackAggregation.Summarize(
            _options.EffectiveCheckIns, state.State.Sent, state.State.Answers, matches, programme?.Programme.EndTime, threshold,
            a => new FlaggedAnswer(a, names.GetValueOrDefault(a.MenteeId, ""), names.GetValueOrDefault(a.MentorId, "")));
    }

    async Task IFeedbackGrain.ForgetAsync(string participantId, string pseudonym, CancellationToken cancellationToken)
    {
        string Rename(string id) => id == participantId ? pseudonym : id;
        var answers = state.State.Answers.Select(a => a.MenteeId == participantId || a.MentorId == participantId || a.ParticipantId == participantId
            ? a with
            {
                MenteeId = Rename(a.MenteeId),
                MentorId = Rename(a.MentorId),
                ParticipantId = Rename(a.ParticipantId),
                Comment = a.ParticipantId == participantId ? null : a.Comment,
            }
            : a).ToList();
        var sent = state.State.Sent.Select(s => s.MenteeId == participantId || s.ParticipantId == participantId
            ? s with { MenteeId = Rename(s.MenteeId), ParticipantId = Rename(s.ParticipantId) }
            : s).ToList();
        if (answers.SequenceEqual(state.State.Answers) && sent.SequenceEqual(state.State.Sent))
        {
            return;
        }

        (state.State.Answers, state.State.Sent) = (answers, sent);
        await state.WriteStateAsync(cancellationToken);
    }

    async Task IFeedbackGrain.ClearAsync(CancellationToken cancellationToken)
    {
        await UnscheduleAsync();
        await state.ClearStateAsync(cancellationToken);
        DeactivateOnIdle();
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != Reminder)
        {
            return;
        }

        if (await GrainFactory.GetGrain<IProgrammeGrain>(GrainKeys.Programme(ProgrammeId())).GetAsync() is null)
        {
            await UnscheduleAsync();
            return;
        }

        try
        {
            await RunDueAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Check-in surveys of {Programme} stopped; the next tick finds the rest", ProgrammeId());
        }
    }

    private async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var programmeId = ProgrammeId();
        var programme = (await GrainFactory.GetGrain<IProgrammeGrain>(GrainKeys.Programme(programmeId)).GetAsync(cancellationToken))?.Programme;
        if (programme is null || !_options.Enabled)
        {
            return 0;
        }

        var matches = await ProgrammeMatches.ListAsync(GrainFactory, programmeId, cancellationToken);
        var now = clock.GetUtcNow();
        var due = DueCheckIns.Find(matches, _options.EffectiveCheckIns, state.State.Sent, now);
        if (due.Count == 0)
        {
            return 0;
        }

        var key = await keys.GetAsync(cancellationToken);
        foreach (var chunk in due.Chunk(Chunk))
        {
            var profiles = await participants.ReadProfilesAsync(programmeId, [.. chunk.SelectMany(d => new[] { d.ParticipantId, d.OtherId })], cancellationToken);
            var messages = new List<(CheckInSent Record, Mentoring.Abstractions.Mail.MailMessage Message)>();
            var records = new List<CheckInSent>();
            for (var i = 0; i < chunk.Length; i++)
            {
                var (survey, recipient, other) = (chunk[i], profiles[2 * i], profiles[(2 * i) + 1]);
                var deliver = recipient is { Email.Length: > 0 };
                var record = new CheckInSent(survey.Match.RoundId, survey.Match.MenteeId, survey.ParticipantId, survey.Point, now, deliver);
                records.Add(record);
                if (deliver)
                {
                    messages.Add((record, Message(programme, survey, recipient!, other, key, now)));
                }
            }

            // Recorded first: a crash before the sends below loses these messages instead of sending them twice.
            state.State.Sent.AddRange(records);
            try
            {
                await state.WriteStateAsync(cancellationToken);
            }
            catch
            {
                state.State.Sent.RemoveAll(records.Contains);
                throw;
            }

            await SendAsync(messages, cancellationToken);
        }

        logger.LogInformation("Check-in surveys of {Programme}: {Due} due at {Now}", programmeId, due.Count, now);
        return due.Count;
    }

    /// <summary>
    /// Hands the recorded messages to the sender. When one fails, those after it were certainly not sent, so their records
    /// go and the next tick sends them; the failed one may have reached the server, so it stays recorded (at most once).
    /// </summary>
    private async Task SendAsync(List<(CheckInSent Record, Mentoring.Abstractions.Mail.MailMessage Message)> messages, CancellationToken cancellationToken)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            try
            {
                await mail.SendAsync(messages[i].Message, cancellationToken);
            }
            catch (Exception exception)
            {
                var unsent = messages.Skip(i + 1).Select(m => m.Record).ToHashSet();
                state.State.Sent.RemoveAll(unsent.Contains);
                await state.WriteStateAsync(CancellationToken.None);
                logger.LogWarning(exception, "A check-in survey of {Programme} could not be handed to the mail sender ({MessageId}); it is not sent again, the {Unsent} after it go at the next tick",
                    ProgrammeId(), messages[i].Message.MessageId, unsent.Count);
                throw;
            }
        }
    }

    private Mentoring.Abstractions.Mail.MailMessage Message(Programme programme, DueCheckIn due, Participant recipient, Participant? other, byte[] key, DateTimeOffset now)
    {
        var messageId = FeedbackKeys.CheckInMessageId(programme.Id, due.Match.RoundId, due.Match.MenteeId, due.ParticipantId, due.Point);
        var expiresAt = now + links.Lifetime;
        var link = new ParticipantLink(
            Mentoring.Abstractions.Mail.MailKeys.Hash(messageId)[..16], programme.Id, due.Match.RoundId, due.Match.MenteeId, due.ParticipantId,
            LinkActions.CheckIn(due.Point), expiresAt);
        var url = new Uri($"{links.BaseUrl.TrimEnd('/')}/p/{ParticipantLinkTokens.Sign(link, key)}");
        return CheckInSurvey.Write(programme, recipient, other, url, expiresAt, messageId, now);
    }

    private CheckInAnswer? Find(string roundId, string menteeId, string participantId, int point) =>
        state.State.Answers.FirstOrDefault(a => a.RoundId == roundId && a.MenteeId == menteeId && a.ParticipantId == participantId && a.Point == point);

    private async Task UnscheduleAsync()
    {
        if (await this.GetReminder(Reminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _scheduled = false;
    }

    // "programmes/{programme}/feedback"
    private string ProgrammeId() => this.GetPrimaryKeyString().Split('/')[1];
}

using Google.Protobuf.WellKnownTypes;
using Mentoring.Abstractions.Rounds;
using Mentoring.Contracts.Mapping;
using Mentoring.Contracts.V1;
using Abs = Mentoring.Abstractions.Rounds;

namespace Mentoring.Api.Mapping;

/// <summary>Maps a round's snapshot to the mentoring.v1.Round resource, and a requested round scope to the grains' one.</summary>
internal static class RoundProto
{
    /// <summary>The grains' scope; null for a value the contract does not define.</summary>
    public static Abs.RoundScope? ToDomain(Contracts.V1.RoundScope scope) => scope switch
    {
        Contracts.V1.RoundScope.Unspecified or Contracts.V1.RoundScope.All => Abs.RoundScope.All,
        Contracts.V1.RoundScope.UnmatchedOnly => Abs.RoundScope.UnmatchedOnly,
        _ => null,
    };

    public static Round ToProto(RoundSnapshot s)
    {
        var progress = s.Progress;
        var round = new Round
        {
            Name = RoundNames.Round(s.Spec.ProgrammeId, s.Spec.RoundId),
            Scope = s.Spec.Scope == Abs.RoundScope.UnmatchedOnly ? Contracts.V1.RoundScope.UnmatchedOnly : Contracts.V1.RoundScope.All,
            Solver = RoundSolverMapper.ToProto(s.Spec.Solver),
            DryRun = s.Spec.DryRun,
            RequestId = s.Spec.RequestId,
            State = ToProto(progress.Phase),
            Progress = new Contracts.V1.RoundProgress
            {
                PairsScored = progress.PairsScored,
                PairsTotal = progress.PairsTotal,
                Elapsed = Duration.FromTimeSpan((progress.EndTime ?? DateTimeOffset.UtcNow) - progress.StartTime),
            },
            Error = progress.Error ?? "",
            CreateTime = Timestamp.FromDateTimeOffset(progress.StartTime),
            EndTime = progress.EndTime is { } end ? Timestamp.FromDateTimeOffset(end) : null,
            Report = s.Report is { } report ? ToProto(report) : null,
            Policy = s.Spec.Policy is { } policy ? PolicyMapper.ToProto(policy) : null,
        };
        return round;
    }

    private static RoundState ToProto(RoundPhase phase) => phase switch
    {
        RoundPhase.Pending => RoundState.Pending,
        RoundPhase.Queued => RoundState.Queued,
        RoundPhase.Snapshot => RoundState.Snapshot,
        RoundPhase.Scoring => RoundState.Scoring,
        RoundPhase.Solving => RoundState.Solving,
        RoundPhase.Publishing => RoundState.Publishing,
        RoundPhase.Done => RoundState.Done,
        RoundPhase.Failed => RoundState.Failed,
        RoundPhase.Cancelled => RoundState.Cancelled,
        _ => RoundState.Unspecified,
    };

    private static Contracts.V1.RoundReport ToProto(Abs.RoundReport r) => new()
    {
        MenteeCount = r.MenteeCount,
        MentorCount = r.MentorCount,
        MatchedCount = r.MatchedCount,
        MatchRate = r.MatchRate,
        TotalScore = r.TotalScore,
        MeanScore = r.MeanScore,
        P10Score = r.P10,
        P50Score = r.P50,
        P90Score = r.P90,
        MentorLoadHistogram = { r.MentorLoadHistogram.Select(b => new MentorLoadBucket { MenteesPerMentor = b.Key, MentorCount = b.Value }) },
        UnmatchedByReason =
        {
            r.UnmatchedByReason.Select(u => new UnmatchedReasonCount
            {
                Reason = u.Key, MenteeCount = u.Value, Cause = RoundMatchMapper.ToProto(r.ReasonCauses?.GetValueOrDefault(u.Key) ?? Domain.UnmatchedCause.Unspecified),
            })
        },
    };
}

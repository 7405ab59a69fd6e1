using System.Globalization;
using Mentoring.Abstractions.Events;
using Mentoring.Abstractions.Rounds;

namespace Mentoring.Grains.Events;

/// <summary>The events of a round: each phase it enters, and its publication.</summary>
public static class RoundEvents
{
    /// <summary>The id follows the run (its start time) and the phase, so a run resumed after a crash re-entering a phase yields the same event.</summary>
    public static PendingEvent PhaseChanged(RoundSpec spec, RoundProgress progress, DateTimeOffset time) =>
        new(EventIds.Of(ProgrammeEventTypes.RoundPhaseChanged, spec.ProgrammeId, spec.RoundId, Ticks(progress.StartTime), EventNames.Of(progress.Phase)),
            ProgrammeEventTypes.RoundPhaseChanged, RoundKeys.Round(spec.ProgrammeId, spec.RoundId), time,
            EventData.Of(("round", RoundKeys.Round(spec.ProgrammeId, spec.RoundId)), ("phase", EventNames.Of(progress.Phase)), ("dry_run", spec.DryRun)));

    /// <summary>Appending it appends the round's <c>match.proposed</c> events first (<see cref="MatchEvents.Proposed"/>), read from its pages.</summary>
    public static PendingEvent Published(RoundSpec spec, int matchCount, DateTimeOffset time) =>
        new(EventIds.Of(ProgrammeEventTypes.RoundPublished, spec.ProgrammeId, spec.RoundId),
            ProgrammeEventTypes.RoundPublished, RoundKeys.Round(spec.ProgrammeId, spec.RoundId), time,
            EventData.Of(("round", RoundKeys.Round(spec.ProgrammeId, spec.RoundId)), ("match_count", matchCount)));

    private static string Ticks(DateTimeOffset time) => time.UtcTicks.ToString(CultureInfo.InvariantCulture);
}

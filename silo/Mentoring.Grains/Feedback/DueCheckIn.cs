using Mentoring.Abstractions.Matches;

namespace Mentoring.Grains.Feedback;

/// <summary>A check-in survey due for one side of one active match.</summary>
internal sealed record DueCheckIn(MatchSnapshot Match, string ParticipantId, string OtherId, string Side, int Point);

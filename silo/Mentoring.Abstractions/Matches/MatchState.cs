namespace Mentoring.Abstractions.Matches;

/// <summary>
/// Where a published match is: PROPOSED → accepted by one side → ACTIVE once both accepted and the mentor had a free
/// slot → ENDED; DECLINED by either side before it is active (or by the service when the mentor is full).
/// </summary>
[GenerateSerializer]
public enum MatchState
{
    Proposed = 1,
    AcceptedByMentee = 2,
    AcceptedByMentor = 3,
    Active = 4,
    Declined = 5,
    Ended = 6,
}

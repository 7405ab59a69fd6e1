using Mentoring.Abstractions.Feedback;

namespace Mentoring.Grains.Feedback;

/// <summary>A programme's check-in surveys: each one recorded as sent, and each answer.</summary>
[GenerateSerializer]
public sealed class FeedbackState
{
    [Id(0)] public List<CheckInSent> Sent { get; set; } = [];

    [Id(1)] public List<CheckInAnswer> Answers { get; set; } = [];
}

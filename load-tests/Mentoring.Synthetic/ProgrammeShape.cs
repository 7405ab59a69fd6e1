namespace Mentoring.Synthetic;

/// <summary>
/// The size and mix of a synthetic programme. Peers are counted among the mentees (they also mentor),
/// so a round sees <see cref="Mentees"/> mentees and <see cref="Mentors"/> + peers mentors.
/// </summary>
public sealed record ProgrammeShape(int Mentees, int Mentors)
{
    public const int MinParticipants = 1_000;
    public const int MaxParticipants = 1_000_000;

    /// <summary>Share of the mentees who are peers.</summary>
    public double PeerShare { get; init; } = 0.03;

    /// <summary>Share of participants who rank a few people of the other side.</summary>
    public double RankedChoiceShare { get; init; } = 0.05;

    public int SkillTerms { get; init; } = 120;
    public int GoalTerms { get; init; } = 20;
    public int InterestTerms { get; init; } = 60;

    /// <summary>Zipf exponent of what mentees ask for; higher means a few skills dominate demand.</summary>
    public double DemandSkew { get; init; } = 1.1;

    /// <summary>Zipf exponent of what mentors offer; lower than demand, so popular skills are contended.</summary>
    public double SupplySkew { get; init; } = 0.8;

    public int Participants => Mentees + Mentors;

    /// <summary>About one organisation per 150 people, at least 20; sizes are skewed too.</summary>
    public int Organisations => Math.Max(20, Participants / 150);

    /// <summary>A programme of <paramref name="participants"/> people, one mentor for five mentees.</summary>
    public static ProgrammeShape ForParticipants(int participants) =>
        new(participants - (participants / 6), participants / 6);

    public void Validate()
    {
        if (Participants is < MinParticipants or > MaxParticipants)
        {
            throw new ArgumentOutOfRangeException(nameof(Participants), Participants,
                $"a synthetic programme has {MinParticipants:N0} to {MaxParticipants:N0} participants");
        }

        if (Mentees < 1 || Mentors < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Mentors), "both sides need at least one participant");
        }

        if (PeerShare is < 0 or > 1 || RankedChoiceShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PeerShare), "shares are between 0 and 1");
        }
    }
}

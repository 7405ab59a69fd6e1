namespace Mentoring.Domain;

/// <summary>Which assignment algorithm a round uses.</summary>
public enum SolverMode
{
    /// <summary>Maximum total score under capacities (min cost flow).</summary>
    Optimal = 1,

    /// <summary>Deferred acceptance, mentees propose: the mentee-optimal stable matching.</summary>
    StableMenteeProposing = 2,

    /// <summary>Deferred acceptance, mentors propose: the mentor-optimal stable matching.</summary>
    StableMentorProposing = 3,

    /// <summary>Maximum-weight matching on a general graph, for programmes of peers.</summary>
    Peer = 4,
}

using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>Maps a round's solver override: UNSPECIFIED is null, meaning the programme policy's solver.</summary>
public static class RoundSolverMapper
{
    public static bool TryToDomain(V1.SolverMode solver, out SolverMode? mode)
    {
        mode = solver switch
        {
            V1.SolverMode.Unspecified => null,
            V1.SolverMode.Optimal => SolverMode.Optimal,
            V1.SolverMode.StableMenteeProposing => SolverMode.StableMenteeProposing,
            V1.SolverMode.StableMentorProposing => SolverMode.StableMentorProposing,
            V1.SolverMode.Peer => SolverMode.Peer,
            _ => null,
        };
        return solver == V1.SolverMode.Unspecified || mode is not null;
    }

    public static V1.SolverMode ToProto(SolverMode? mode) => mode switch
    {
        SolverMode.Optimal => V1.SolverMode.Optimal,
        SolverMode.StableMenteeProposing => V1.SolverMode.StableMenteeProposing,
        SolverMode.StableMentorProposing => V1.SolverMode.StableMentorProposing,
        SolverMode.Peer => V1.SolverMode.Peer,
        _ => V1.SolverMode.Unspecified,
    };
}

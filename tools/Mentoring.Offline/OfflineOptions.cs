using Mentoring.Domain;

namespace Mentoring.Offline;

/// <summary>Command-line options of the offline runner.</summary>
public sealed record OfflineOptions(string InputPath, string? OutputPath, SolverMode? Solver, bool DumpPairs)
{
    public const string Usage =
        """
        Usage: mentoring-offline --input <round.json> [--solver optimal|stable-mentee|stable-mentor|peer] [--dump-pairs] [--output <result.json>]

          --input       programme and participants in the proto3 JSON mapping of mentoring.v1 (see docs/MATCHING.md)
          --solver      overrides the programme policy's solver
          --dump-pairs  also write the score of every feasible pair
          --output      write the result there instead of standard output
        """;

    public static bool TryParse(string[] args, out OfflineOptions? options, out string? error)
    {
        string? input = null, output = null;
        SolverMode? solver = null;
        var dump = false;
        options = null;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--input" when i + 1 < args.Length: input = args[++i]; break;
                case "--output" when i + 1 < args.Length: output = args[++i]; break;
                case "--dump-pairs": dump = true; break;
                case "--solver" when i + 1 < args.Length:
                    solver = ParseSolver(args[++i]);
                    if (solver is null)
                    {
                        error = $"unknown solver '{args[i]}'";
                        return false;
                    }

                    break;
                default:
                    error = $"unexpected argument '{args[i]}'";
                    return false;
            }
        }

        if (input is null)
        {
            error = "--input is required";
            return false;
        }

        options = new OfflineOptions(input, output, solver, dump);
        return true;
    }

    private static SolverMode? ParseSolver(string text) => text switch
    {
        "optimal" => SolverMode.Optimal,
        "stable-mentee" => SolverMode.StableMenteeProposing,
        "stable-mentor" => SolverMode.StableMentorProposing,
        "peer" => SolverMode.Peer,
        _ => null,
    };
}

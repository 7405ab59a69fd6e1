using Mentoring.Matching;

namespace Mentoring.Benchmarks.Solvers;

/// <summary>
/// Writes a candidate graph for load-tests/scripts/lsa_compare.py. Little-endian: int32 mentees, mentors, edges;
/// int32[mentors] capacities; int32[mentees + 1] offsets; int32[edges] mentors; float32[edges] scores.
/// </summary>
public static class GraphExport
{
    public static void Write(CandidateGraph graph, string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(graph.MenteeCount);
        writer.Write(graph.MentorCount);
        writer.Write(graph.EdgeCount);
        foreach (var value in graph.Capacities)
        {
            writer.Write(value);
        }

        foreach (var value in graph.Offsets)
        {
            writer.Write(value);
        }

        foreach (var value in graph.Mentors)
        {
            writer.Write(value);
        }

        foreach (var value in graph.Scores)
        {
            writer.Write(value);
        }
    }
}

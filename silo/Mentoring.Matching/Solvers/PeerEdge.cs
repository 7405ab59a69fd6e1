namespace Mentoring.Matching.Solvers;

/// <summary>A feasible pairing of two peers with its score in (0, 1].</summary>
public readonly record struct PeerEdge(int U, int V, float Score);

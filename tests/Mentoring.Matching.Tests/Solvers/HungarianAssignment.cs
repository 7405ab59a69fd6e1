using Mentoring.Domain;

namespace Mentoring.Matching.Tests.Solvers;

/// <summary>
/// Independent reference for small instances: the Hungarian algorithm (shortest augmenting paths with potentials)
/// on the capacity-expanded matrix. Columns are one per mentor slot plus one "unmatched" column per mentee.
/// </summary>
internal static class HungarianAssignment
{
    private const double Forbidden = 1e9;

    /// <summary>Returns the matched count and the total score minus fair-load penalties, in score points.</summary>
    public static (int Count, double Objective) Best(CandidateGraph graph, MatchingPolicy policy)
    {
        var slotMentor = new List<int>();
        var slotPenalty = new List<double>();
        for (var mentor = 0; mentor < graph.MentorCount; mentor++)
        {
            for (var k = 1; k <= graph.Capacities[mentor]; k++)
            {
                slotMentor.Add(mentor);
                slotPenalty.Add(policy.FairLoad ? k * policy.FairLoadPenalty : 0);
            }
        }

        var rows = graph.MenteeCount;
        var columns = slotMentor.Count + rows;
        // Instances stay below 1000 mentees' worth of score and penalty, so this bonus puts the count first.
        var bonus = policy.MaximiseMatchCount ? 1000.0 : 0.0;
        var cost = new double[rows, columns];
        for (var mentee = 0; mentee < rows; mentee++)
        {
            for (var slot = 0; slot < slotMentor.Count; slot++)
            {
                var index = graph.MentorsOf(mentee).BinarySearch(slotMentor[slot]);
                cost[mentee, slot] = index < 0 ? Forbidden : -(bonus + graph.ScoresOf(mentee)[index] - slotPenalty[slot]);
            }
        }

        var column = Solve(cost, rows, columns);
        var count = 0;
        var objective = 0.0;
        for (var mentee = 0; mentee < rows; mentee++)
        {
            if (column[mentee] < slotMentor.Count)
            {
                count++;
                objective += -cost[mentee, column[mentee]] - bonus;
            }
        }

        return (count, objective);
    }

    // Minimum-cost assignment of every row to a distinct column (rows <= columns); returns each row's column.
    private static int[] Solve(double[,] cost, int rows, int columns)
    {
        var rowPotential = new double[rows + 1];
        var columnPotential = new double[columns + 1];
        var rowOfColumn = new int[columns + 1];
        var previous = new int[columns + 1];
        for (var row = 1; row <= rows; row++)
        {
            rowOfColumn[0] = row;
            var current = 0;
            var minSlack = Enumerable.Repeat(double.PositiveInfinity, columns + 1).ToArray();
            var visited = new bool[columns + 1];
            do
            {
                visited[current] = true;
                var activeRow = rowOfColumn[current];
                var delta = double.PositiveInfinity;
                var next = 0;
                for (var col = 1; col <= columns; col++)
                {
                    if (visited[col])
                    {
                        continue;
                    }

                    var reduced = cost[activeRow - 1, col - 1] - rowPotential[activeRow] - columnPotential[col];
                    if (reduced < minSlack[col])
                    {
                        minSlack[col] = reduced;
                        previous[col] = current;
                    }

                    if (minSlack[col] < delta)
                    {
                        delta = minSlack[col];
                        next = col;
                    }
                }

                for (var col = 0; col <= columns; col++)
                {
                    if (visited[col])
                    {
                        rowPotential[rowOfColumn[col]] += delta;
                        columnPotential[col] -= delta;
                    }
                    else
                    {
                        minSlack[col] -= delta;
                    }
                }

                current = next;
            }
            while (rowOfColumn[current] != 0);

            while (current != 0)
            {
                var before = previous[current];
                rowOfColumn[current] = rowOfColumn[before];
                current = before;
            }
        }

        var result = new int[rows];
        for (var col = 1; col <= columns; col++)
        {
            if (rowOfColumn[col] != 0)
            {
                result[rowOfColumn[col] - 1] = col - 1;
            }
        }

        return result;
    }
}

using System.Globalization;
using Mentoring.Contracts.V1;

namespace Mentoring.Reports;

/// <summary>The report's line on how to read a score: the weighted mean of the components, each 0..1 (docs/MATCHING.md).</summary>
public static class ScoreReading
{
    public static string Explain(RoundReport? report)
    {
        const string definition =
            "How to read a score: it is the weighted mean of the score components below, each from 0 (no fit) to 1 " +
            "(a full fit), weighted by the programme's policy; so 1 means the pair fits on every weighted criterion, 0 on none.";
        if (report is null || report.MatchedCount == 0)
        {
            return definition;
        }

        return definition + string.Create(CultureInfo.InvariantCulture,
            $" This round's mean score of {report.MeanScore:0.000} means an average pair reaches {report.MeanScore:P1} of the best possible fit. Scores compare pairs within this programme; another programme's weights give other scores.");
    }
}

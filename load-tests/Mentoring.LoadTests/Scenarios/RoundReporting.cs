using System.Globalization;
using Mentoring.LoadTests.Reports;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>Puts a round through the API next to its in-process baseline in the report, and checks the issue's targets.</summary>
public static class RoundReporting
{
    public static void Add(ScenarioContext context, LoadedProgramme programme, int roundNumber, string label, RoundRunner.Outcome outcome, InProcessBaseline baseline,
        bool dataChangedByUpdates = false)
    {
        var (elapsed, matched, description, phases) = baseline.For(roundNumber);
        // Peers count among the mentees and also mentor, so the mentor side is the mentors plus the peers.
        var mentees = programme.Data.Mentees.Count();
        var mentors = programme.Data.Participants.Count(p => p.Role == Domain.ParticipantRole.Mentor);
        var peers = programme.Data.Participants.Count(p => p.Role == Domain.ParticipantRole.Peer);
        var size = string.Create(CultureInfo.InvariantCulture, $"{mentees:N0} x {mentors:N0}");
        context.Report.Timings.Add(new TimingComparison($"round {size}: {label}", outcome.Elapsed.TotalSeconds,
            $"{description}, same data", elapsed.TotalSeconds,
            $"{outcome.Round.State}; {peers:N0} of the mentees are peers who also mentor; matched {outcome.Matched:N0} via gRPC, {matched:N0} in process"));
        context.Report.Notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"Round '{label}', {description}: encoded in {phases.Encode.TotalMilliseconds:F0} ms, scored in {phases.Score.TotalMilliseconds:F0} ms, solved in {phases.Solve.TotalMilliseconds:F0} ms, explained in {phases.Explain.TotalMilliseconds:F0} ms."));
        if (!outcome.Done)
        {
            context.Report.Notes.Add($"Round '{label}' ended {outcome.Round.State}, not DONE.");
        }
        else if (outcome.Matched != matched)
        {
            context.Report.Notes.Add(dataChangedByUpdates
                ? $"Round '{label}' matched {outcome.Matched:N0} through the API and the in-process engine {matched:N0}: profile updates had changed the server's data, while the engine ran on the data as generated."
                : $"Round '{label}' matched {outcome.Matched:N0} through the API but the in-process engine matched {matched:N0} on the same data.");
        }

        IssueTargets.Round(context, $"round {size} ({label})", mentees, mentors, outcome.Elapsed.TotalSeconds, elapsed.TotalSeconds);
    }
}

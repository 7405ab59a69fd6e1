using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Echo;
using Mentoring.LoadTests.Measurement;
using Mentoring.LoadTests.Reports;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// Pages through an imported programme with ListParticipants (pages of 1,000, one caller), three times, and sends the
/// echo server one call per page with a reply of the same size as the baseline.
/// </summary>
public static class ListingMeasurement
{
    private const int PageSize = 1000;
    private const int Passes = 3;

    public static async Task RunAsync(ScenarioContext context, LoadedProgramme programme, CancellationToken ct)
    {
        var listing = new LatencyRecorder($"ListParticipants page of {PageSize:N0}");

        // The first pass also pays for the listing path's JIT and the database's cold pages; the later ones show the steady state.
        var warm = new LatencyRecorder($"ListParticipants page of {PageSize:N0}, passes 2-{Passes}");
        var warmClock = new Stopwatch();
        var replySizes = new List<int>();
        var listed = 0;
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < Passes; pass++)
        {
            var token = "";
            listed = 0;
            if (pass == 1)
            {
                warmClock.Start();
            }

            do
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    var page = await context.Participants.ListParticipantsAsync(
                        new ListParticipantsRequest { Parent = programme.Name, PageSize = PageSize, PageToken = token }, cancellationToken: ct);
                    var micros = (long)Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                    listing.RecordSuccess(micros);
                    if (pass > 0)
                    {
                        warm.RecordSuccess(micros);
                    }

                    replySizes.Add(page.CalculateSize());
                    listed += page.Participants.Count;
                    token = page.NextPageToken;
                }
                catch (RpcException exception)
                {
                    listing.RecordError(exception.StatusCode.ToString());
                    break;
                }
            }
            while (token.Length > 0);
        }

        warmClock.Stop();
        var listTime = clock.Elapsed;
        var echo = new LatencyRecorder($"echo reply of a page's size");
        var echoClock = Stopwatch.StartNew();
        foreach (var size in replySizes)
        {
            var start = Stopwatch.GetTimestamp();
            await context.Echo.EchoAsync(new EchoRequest { ReplyBytes = size }, cancellationToken: ct);
            echo.RecordSuccess((long)Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        context.Report.Latencies.Add(new LatencyComparison("list participants", listing.Summarise(listTime, replySizes.Count),
            echo.Summarise(echoClock.Elapsed, replySizes.Count), "echo calls answering as many bytes as each page"));
        var warmPages = replySizes.Count * (Passes - 1) / Passes;
        context.Report.Latencies.Add(new LatencyComparison("list participants, warm", warm.Summarise(warmClock.Elapsed, warmPages),
            echo.Summarise(echoClock.Elapsed, replySizes.Count), "echo calls answering as many bytes as each page"));
        context.Log.WriteLine($"listed {listed:N0} participants per pass in pages of {PageSize:N0}, {Passes} passes");
        if (listed != programme.Data.Participants.Count)
        {
            context.Report.Notes.Add($"ListParticipants listed {listed:N0} participants, {programme.Data.Participants.Count:N0} were stored.");
        }
    }
}

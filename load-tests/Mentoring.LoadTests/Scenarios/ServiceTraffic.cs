using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Echo;
using Mentoring.LoadTests.Measurement;
using Mentoring.LoadTests.Reports;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>
/// The interactive traffic of a live programme, each at its own fixed rate (open loop): recommendations for random
/// mentees, and profile updates that give random mentors another mentor's availability and offered skills.
/// Its baseline is the echo server called at the same rates with messages of the same sizes.
/// </summary>
public sealed class ServiceTraffic
{
    private const int MaxResults = 10;
    private readonly ScenarioContext _context;
    private readonly LoadedProgramme _programme;
    private readonly string[] _menteeNames;
    private readonly Domain.Participant[] _mentors;
    private int _recommendationRequestBytes;
    private int _recommendationReplyBytes;
    private int _updateRequestBytes;
    private int _updateReplyBytes;

    /// <param name="label">Appended to the operations' names in the report, for traffic reported apart (a warm-up).</param>
    /// <param name="keepSamples">Keeps every call's due time and latency, to be cut by a round's phases afterwards.</param>
    public ServiceTraffic(ScenarioContext context, LoadedProgramme programme, TimeSpan? window = null, string? label = null, bool keepSamples = false)
    {
        _context = context;
        _programme = programme;
        _menteeNames = [.. programme.Data.Mentees.Select(p => programme.ParticipantName(p.Id))];
        _mentors = [.. programme.Data.Participants.Where(p => p.Role == Domain.ParticipantRole.Mentor)];
        Recommendations = new LatencyRecorder($"RecommendMentors{label}", window, keepSamples);
        Updates = new LatencyRecorder($"UpdateParticipant (availability, skills_offered){label}", window, keepSamples);
    }

    public LatencyRecorder Recommendations { get; }
    public LatencyRecorder Updates { get; }
    public TimeSpan RecommendationsElapsed { get; private set; }
    public TimeSpan UpdatesElapsed { get; private set; }

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp the last <see cref="RunAsync"/> started at: calls' due times count from it.</summary>
    public long StartedTimestamp { get; private set; }

    /// <summary>A few calls of each kind before measuring: connections, server code paths and message sizes.</summary>
    public async Task WarmUpAsync(CancellationToken ct)
    {
        var recommendationReplies = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            var request = Recommendation(i);
            var reply = await _context.Recommendations.RecommendMentorsAsync(request, deadline: ScenarioContext.CallDeadline, cancellationToken: ct);
            _recommendationRequestBytes = request.CalculateSize();
            recommendationReplies.Add(reply.CalculateSize());
        }

        var updateReplies = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var request = Update(i);
            var reply = await _context.Participants.UpdateParticipantAsync(request, deadline: ScenarioContext.CallDeadline, cancellationToken: ct);
            _updateRequestBytes = request.CalculateSize();
            updateReplies.Add(reply.CalculateSize());
        }

        _recommendationReplyBytes = (int)recommendationReplies.Average();
        _updateReplyBytes = (int)updateReplies.Average();
    }

    /// <summary>Recommendations at the configured rate and, alongside, updates at theirs, for <paramref name="duration"/>.</summary>
    public async Task RunAsync(TimeSpan duration, CancellationToken ct)
    {
        var options = _context.Options;
        StartedTimestamp = System.Diagnostics.Stopwatch.GetTimestamp();
        var recommendations = OpenLoop.RunAsync(options.Rate, duration,
            (i, token) => _context.Recommendations.RecommendMentorsAsync(Recommendation(i), deadline: ScenarioContext.CallDeadline, cancellationToken: token).ResponseAsync,
            Recommendations, ct);
        var updates = options.UpdateRate > 0
            ? OpenLoop.RunAsync(options.UpdateRate, duration,
                (i, token) => _context.Participants.UpdateParticipantAsync(Update(i), deadline: ScenarioContext.CallDeadline, cancellationToken: token).ResponseAsync,
                Updates, ct)
            : Task.FromResult(TimeSpan.Zero);
        RecommendationsElapsed = await recommendations;
        UpdatesElapsed = await updates;
    }

    /// <summary>
    /// Runs the echo server at the same rates and sizes and adds the comparisons to the report; returns the
    /// recommendations and their echo, for targets stated as a ratio.
    /// </summary>
    public async Task<(OperationFigures Recommendations, OperationFigures Echo)> CompareWithEchoAsync(CancellationToken ct)
    {
        var options = _context.Options;
        var duration = TimeSpan.FromSeconds(Math.Min(options.BaselineSeconds, options.Seconds));
        var echoRecommendations = new LatencyRecorder("echo sized as RecommendMentors");
        var echoUpdates = new LatencyRecorder("echo sized as UpdateParticipant");
        var recommendationPayload = ByteString.CopyFrom(new byte[_recommendationRequestBytes]);
        var updatePayload = ByteString.CopyFrom(new byte[_updateRequestBytes]);
        var recommendations = OpenLoop.RunAsync(options.Rate, duration,
            (_, token) => _context.Echo.EchoAsync(new EchoRequest { Payload = recommendationPayload, ReplyBytes = _recommendationReplyBytes },
                deadline: ScenarioContext.CallDeadline, cancellationToken: token).ResponseAsync,
            echoRecommendations, ct);
        var updates = options.UpdateRate > 0
            ? OpenLoop.RunAsync(options.UpdateRate, duration,
                (_, token) => _context.Echo.EchoAsync(new EchoRequest { Payload = updatePayload, ReplyBytes = _updateReplyBytes },
                    deadline: ScenarioContext.CallDeadline, cancellationToken: token).ResponseAsync,
                echoUpdates, ct)
            : Task.FromResult(TimeSpan.Zero);
        var recommendationsTime = await recommendations;
        var updatesTime = await updates;

        var described = $"bare gRPC echo on this machine at the same rate for {duration.TotalSeconds:F0} s";
        var measured = Recommendations.Summarise(RecommendationsElapsed);
        var echo = echoRecommendations.Summarise(recommendationsTime);
        _context.Report.Latencies.Add(new LatencyComparison("recommendations", measured,
            echo, $"{described}, {_recommendationRequestBytes} B in, {_recommendationReplyBytes} B out"));
        if (options.UpdateRate > 0)
        {
            _context.Report.Latencies.Add(new LatencyComparison("profile updates", Updates.Summarise(UpdatesElapsed),
                echoUpdates.Summarise(updatesTime), $"{described}, {_updateRequestBytes} B in, {_updateReplyBytes} B out"));
        }

        return (measured, echo);
    }

    private RecommendMentorsRequest Recommendation(long index) =>
        new() { Mentee = _menteeNames[Pick(index, _menteeNames.Length, salt: 1)], MaxResults = MaxResults };

    private UpdateParticipantRequest Update(long index)
    {
        var mentor = _mentors[Pick(index, _mentors.Length, salt: 2)];
        var donor = ProtoMessages.Participant(_mentors[Pick(index, _mentors.Length, salt: 3)]);
        var participant = new Participant { Name = _programme.ParticipantName(mentor.Id) };
        participant.Availability.Add(donor.Availability);
        participant.SkillsOffered.Add(donor.SkillsOffered);
        return new UpdateParticipantRequest { Participant = participant, UpdateMask = new FieldMask { Paths = { "availability", "skills_offered" } } };
    }

    // A fixed pseudo-random sequence per kind of call (SplitMix64), so a run's choices follow its seed whatever the thread timing.
    private int Pick(long index, int count, int salt)
    {
        var x = ((ulong)index * 0x9E3779B97F4A7C15UL) + ((ulong)(uint)_context.Options.Seed * 0xD1B54A32D192ED03UL) + (ulong)salt;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return (int)((x ^ (x >> 31)) % (ulong)count);
    }
}

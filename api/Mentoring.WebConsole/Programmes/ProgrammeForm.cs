using Google.Protobuf.WellKnownTypes;
using Mentoring.Contracts.V1;
using DomainWeights = Mentoring.Domain.ScoreWeights;

namespace Mentoring.WebConsole.Programmes;

/// <summary>
/// What the programme form edits, and the one mapping from it to a <see cref="Programme"/> message. Weights start at the
/// domain's defaults; hard rules left empty are not sent, so the server's defaults apply.
/// </summary>
public sealed class ProgrammeForm
{
    public string Id { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";

    public string Taxonomy { get; set; } = "";

    public List<WeightSetting> Weights { get; } =
    [
        new("skills", DomainWeights.Default.Skills),
        new("goals", DomainWeights.Default.Goals),
        new("interests", DomainWeights.Default.Interests),
        new("availability", DomainWeights.Default.Availability),
        new("language", DomainWeights.Default.Language),
        new("seniority", DomainWeights.Default.Seniority),
        new("time_zone", DomainWeights.Default.TimeZone),
        new("format", DomainWeights.Default.Format),
        new("organisation", DomainWeights.Default.Organisation),
        new("industry", DomainWeights.Default.Industry),
        new("rank", DomainWeights.Default.Rank),
        new("prior_engagement", DomainWeights.Default.PriorEngagement),
    ];

    public int? MinimumOverlapHours { get; set; }

    public int? MaxTimeZoneDistanceHours { get; set; }

    public double? MinimumScore { get; set; }

    /// <summary>The end time as the user typed it, in their own time zone.</summary>
    public DateTime? EndTime { get; set; }

    public Programme ToProgramme(TimeZoneInfo zone)
    {
        var weights = new ScoreWeights();
        foreach (var weight in Weights)
        {
            ScoreWeights.Descriptor.FindFieldByName(weight.Field).Accessor.SetValue(weights, weight.Value);
        }

        var policy = new MatchingPolicy { Weights = weights };
        if (MinimumOverlapHours is { } overlap)
        {
            policy.MinimumOverlapHours = overlap;
        }

        if (MaxTimeZoneDistanceHours is { } distance)
        {
            policy.MaxTimeZoneDistanceHours = distance;
        }

        if (MinimumScore is { } score)
        {
            policy.MinimumScore = score;
        }

        var programme = new Programme { DisplayName = DisplayName.Trim(), Description = Description.Trim(), Policy = policy };
        programme.Taxonomy.AddRange(Taxonomy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (EndTime is { } end)
        {
            var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(end, DateTimeKind.Unspecified), zone);
            programme.EndTime = Timestamp.FromDateTime(utc);
        }

        return programme;
    }
}

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

    private static readonly string[] UpdateMask = ["display_name", "description", "taxonomy", "policy", "end_time"];

    /// <summary>The form for an existing programme; weights and rules it does not set keep the defaults shown.</summary>
    public static ProgrammeForm From(Programme programme, TimeZoneInfo zone)
    {
        var form = new ProgrammeForm
        {
            Id = programme.Name[(programme.Name.LastIndexOf('/') + 1)..],
            DisplayName = programme.DisplayName,
            Description = programme.Description,
            Taxonomy = string.Join(", ", programme.Taxonomy),
            MinimumOverlapHours = programme.Policy?.HasMinimumOverlapHours == true ? programme.Policy.MinimumOverlapHours : null,
            MaxTimeZoneDistanceHours = programme.Policy?.HasMaxTimeZoneDistanceHours == true ? programme.Policy.MaxTimeZoneDistanceHours : null,
            MinimumScore = programme.Policy?.HasMinimumScore == true ? programme.Policy.MinimumScore : null,
            EndTime = programme.EndTime is { } end ? TimeZoneInfo.ConvertTimeFromUtc(end.ToDateTime(), zone) : null,
        };
        if (programme.Policy?.Weights is { } weights)
        {
            foreach (var weight in form.Weights)
            {
                var field = ScoreWeights.Descriptor.FindFieldByName(weight.Field);
                if (field.Accessor.HasValue(weights))
                {
                    weight.Value = (double)field.Accessor.GetValue(weights);
                }
            }
        }

        return form;
    }

    /// <summary>The update of <paramref name="current"/> to this form, guarded by its etag.</summary>
    public UpdateProgrammeRequest ToUpdate(Programme current, TimeZoneInfo zone)
    {
        var programme = ToProgramme(zone);
        programme.Name = current.Name;
        programme.Etag = current.Etag;
        var request = new UpdateProgrammeRequest { Programme = programme, UpdateMask = new FieldMask() };
        request.UpdateMask.Paths.AddRange(UpdateMask);
        if (current.Policy is { } policy)
        {
            // The form edits weights and three rules; the policy's other settings go back as they were.
            var merged = policy.Clone();
            merged.Weights = programme.Policy.Weights;
            merged.ClearMinimumOverlapHours();
            merged.ClearMaxTimeZoneDistanceHours();
            merged.ClearMinimumScore();
            var edited = programme.Policy;
            if (edited.HasMinimumOverlapHours)
            {
                merged.MinimumOverlapHours = edited.MinimumOverlapHours;
            }

            if (edited.HasMaxTimeZoneDistanceHours)
            {
                merged.MaxTimeZoneDistanceHours = edited.MaxTimeZoneDistanceHours;
            }

            if (edited.HasMinimumScore)
            {
                merged.MinimumScore = edited.MinimumScore;
            }

            programme.Policy = merged;
        }

        return request;
    }

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

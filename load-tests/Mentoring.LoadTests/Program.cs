using Mentoring.LoadTests;

const string usage =
    """
    Usage:
      Mentoring.LoadTests import <target, e.g. http://127.0.0.1:5080> <count> [seed]
      Mentoring.LoadTests cold-start <path to Mentoring.Api.dll> [runs]
      Mentoring.LoadTests round <target> <mentees> <mentors> [seed]
      Mentoring.LoadTests recommend <target> <mentors> <mentees> <requests per second> <seconds> [seed]
    Every scenario targets 127.0.0.1 only and stops by itself.
    """;

return args switch
{
    ["import", var target, var count, .. var rest] when target.StartsWith("http://127.0.0.1", StringComparison.Ordinal) =>
        await ImportScenario.RunAsync(target, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture),
            rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 42),
    ["round", var target, var mentees, var mentors, .. var rest] when target.StartsWith("http://127.0.0.1", StringComparison.Ordinal) =>
        await RoundScenario.RunAsync(target, int.Parse(mentees, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(mentors, System.Globalization.CultureInfo.InvariantCulture), rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 42),
    ["recommend", var target, var mentors, var mentees, var rate, var seconds, .. var rest] when target.StartsWith("http://127.0.0.1", StringComparison.Ordinal) =>
        await RecommendationScenario.RunAsync(target, Int(mentors), Int(mentees), Int(rate), Int(seconds), rest.Length > 0 ? Int(rest[0]) : 42),
    ["cold-start", var assembly, .. var rest] =>
        await ColdStartScenario.RunAsync(assembly, rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 5),
    _ => Usage(),
};

static int Int(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

int Usage()
{
    Console.Error.WriteLine(usage);
    return 64;
}

using Mentoring.Matching;
using Mentoring.Offline;

if (!OfflineOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(OfflineOptions.Usage);
    return 64;
}

var (programme, participants, violations) = OfflineInput.Parse(await File.ReadAllTextAsync(options!.InputPath));
if (violations.Count > 0)
{
    foreach (var violation in violations)
    {
        Console.Error.WriteLine($"{violation.Field}: {violation.Description}");
    }

    return 65;
}

var result = new MatchingEngine().Run(new MatchingRequest(programme, participants)
{
    Solver = options.Solver,
    IncludeFeasiblePairs = options.DumpPairs,
});
var json = OfflineOutput.Write(result);
if (options.OutputPath is null)
{
    Console.WriteLine(json);
}
else
{
    await File.WriteAllTextAsync(options.OutputPath, json);
}

return 0;

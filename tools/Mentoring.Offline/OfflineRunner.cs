using Mentoring.Matching;

namespace Mentoring.Offline;

/// <summary>
/// The runner's entry point: reads the input file, runs the engine and writes the result. Every problem with the
/// command line, the files or the input is one line on <c>error</c> and an exit code, never an exception.
/// </summary>
public static class OfflineRunner
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!OfflineOptions.TryParse(args, out var options, out var usageError))
        {
            await error.WriteLineAsync(usageError);
            await error.WriteLineAsync(OfflineOptions.Usage);
            return OfflineExitCodes.Usage;
        }

        string json;
        try
        {
            json = await File.ReadAllTextAsync(options!.InputPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            await error.WriteLineAsync($"{options!.InputPath}: no such file");
            return OfflineExitCodes.NoInput;
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            await error.WriteLineAsync($"{options!.InputPath}: cannot be read: {e.Message}");
            return OfflineExitCodes.NoInput;
        }

        var (programme, participants, violations) = OfflineInput.Parse(json);
        if (violations.Count > 0)
        {
            foreach (var violation in violations)
            {
                await error.WriteLineAsync($"{violation.Field}: {violation.Description}");
            }

            return OfflineExitCodes.DataError;
        }

        var result = new MatchingEngine().Run(new MatchingRequest(programme, participants)
        {
            Solver = options.Solver,
            IncludeFeasiblePairs = options.DumpPairs,
        });
        var written = OfflineOutput.Write(result);
        if (options.OutputPath is null)
        {
            await output.WriteLineAsync(written);
            return OfflineExitCodes.Success;
        }

        try
        {
            await File.WriteAllTextAsync(options.OutputPath, written);
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            await error.WriteLineAsync($"{options.OutputPath}: cannot be written: {e.Message}");
            return OfflineExitCodes.CannotCreate;
        }

        return OfflineExitCodes.Success;
    }

    private static bool IsFileProblem(Exception e) =>
        e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;
}

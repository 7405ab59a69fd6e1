namespace Mentoring.Cli;

/// <summary>Accepts either bare ids or full resource names on the command line and builds the names the API expects.</summary>
public static class CliNames
{
    public static string Programme(string idOrName) =>
        idOrName.StartsWith("programmes/", StringComparison.Ordinal) ? idOrName : $"programmes/{idOrName}";

    public static string Participant(string programme, string idOrName) =>
        idOrName.StartsWith("programmes/", StringComparison.Ordinal) ? idOrName : $"{Programme(programme)}/participants/{idOrName}";

    /// <summary>A round given as its full name, or as an id with the programme from --programme.</summary>
    public static string Round(string? programme, string idOrName)
    {
        if (idOrName.StartsWith("programmes/", StringComparison.Ordinal))
        {
            return idOrName;
        }

        return programme is null
            ? throw new CliUsageException($"Give the round as \"programmes/<programme>/rounds/{idOrName}\" or pass --programme.")
            : $"{Programme(programme)}/rounds/{idOrName}";
    }

    /// <summary>The programme part of a round, participant or match name.</summary>
    public static string ProgrammeOf(string name)
    {
        var parts = name.Split('/');
        return parts.Length >= 2 ? $"{parts[0]}/{parts[1]}" : name;
    }

    /// <summary>The last segment of a resource name: the id people use.</summary>
    public static string Id(string name) => name[(name.LastIndexOf('/') + 1)..];
}

namespace Mentoring.LoadTests.Processes;

/// <summary>Finds the built entry assemblies of the repository's projects, in the configuration the harness was built with.</summary>
public static class BuildOutputs
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>e.g. Assembly("api/Mentoring.Api") → .../api/Mentoring.Api/bin/Release/net10.0/Mentoring.Api.dll.</summary>
    public static string Assembly(string projectDirectory)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var name = Path.GetFileName(projectDirectory);
        var path = Path.Combine(Root.Value, projectDirectory, "bin", configuration, "net10.0", name + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is missing; build the solution ({configuration}) first.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mentoring.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Mentoring.sln not found above " + AppContext.BaseDirectory);
    }
}

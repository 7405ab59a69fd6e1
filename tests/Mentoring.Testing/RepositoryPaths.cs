namespace Mentoring.Testing;

/// <summary>Locates the repository and the build output of its projects from a running test.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>"Debug" or "Release", whichever the tests were built with.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The built entry assembly of a project, e.g. Output("api/Mentoring.Api").</summary>
    public static string Output(string projectDirectory)
    {
        var name = Path.GetFileName(projectDirectory);
        var path = Path.Combine(Root, projectDirectory, "bin", Configuration, "net10.0", name + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is missing; build the solution before running the tests.", path);
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

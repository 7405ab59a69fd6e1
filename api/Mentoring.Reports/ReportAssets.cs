namespace Mentoring.Reports;

/// <summary>The stylesheet and script inlined into every report, kept as real files so they stay readable and lintable.</summary>
internal static class ReportAssets
{
    public static string Stylesheet { get; } = Read("report.css");

    public static string SortableTableScript { get; } = Read("sortable-table.js");

    private static string Read(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream($"Mentoring.Reports.Assets.{name}")
            ?? throw new InvalidOperationException($"The report asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

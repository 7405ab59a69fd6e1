using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Mentoring.Cli.Output;

/// <summary>A progress column showing the task's current speed in rows per second.</summary>
public sealed class RowsPerSecondColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed,8:N0} rows/s") : "       - rows/s");
}

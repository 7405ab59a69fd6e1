namespace Mentoring.Matching;

/// <summary>
/// The options of every parallel loop in the library. They name the caller's task scheduler explicitly, so a loop started
/// on a host's bounded scheduler (the silo's background lane) keeps all its pieces there; left unset, some pieces were
/// seen to run on the thread pool.
/// </summary>
internal static class LoopOptions
{
    public static ParallelOptions For(CancellationToken ct) => new() { CancellationToken = ct, TaskScheduler = TaskScheduler.Current };
}

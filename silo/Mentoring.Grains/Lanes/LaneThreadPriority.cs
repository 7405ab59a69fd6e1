using System.Runtime.InteropServices;

namespace Mentoring.Grains.Lanes;

/// <summary>
/// Lowers a lane thread's priority. <see cref="Thread.Priority"/> alone does nothing on Linux, whose default scheduler
/// weighs a thread's nice value instead; a process may always raise its own threads' nice value (dotnet/runtime#91165).
/// </summary>
internal static class LaneThreadPriority
{
    private const int PrioProcess = 0;
    private const int MaxNice = 19;

    /// <summary>Applies <paramref name="priority"/> to the calling thread.</summary>
    public static void Apply(ThreadPriority priority)
    {
        Thread.CurrentThread.Priority = priority;
        if (OperatingSystem.IsLinux() && NiceSteps(priority) > 0)
        {
            // Best effort: a refused change leaves the thread at the process's priority; the worker bound holds regardless.
            var tid = NativeMethods.GetTid();
            _ = NativeMethods.SetPriority(PrioProcess, tid, Math.Min(MaxNice, NativeMethods.GetPriority(PrioProcess, tid) + NiceSteps(priority)));
        }
    }

    /// <summary>The calling thread's nice value on Linux (higher is lower priority); zero elsewhere.</summary>
    public static int CurrentNice() => OperatingSystem.IsLinux() ? NativeMethods.GetPriority(PrioProcess, NativeMethods.GetTid()) : 0;

    /// <summary>How many nice steps below its process a lane thread of this priority runs.</summary>
    public static int NiceSteps(ThreadPriority priority) => priority switch
    {
        ThreadPriority.Lowest => 10,
        ThreadPriority.BelowNormal => 5,
        _ => 0,
    };

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "gettid")]
        public static extern int GetTid();

        [DllImport("libc", EntryPoint = "getpriority")]
        public static extern int GetPriority(int which, int who);

        [DllImport("libc", EntryPoint = "setpriority")]
        public static extern int SetPriority(int which, int who, int priority);
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Mentoring.Grains.Lanes;

/// <summary>
/// The silo's background lane: a fixed number of dedicated threads, below normal priority, that run CPU-heavy round work
/// (encoding, scoring slices, solving, explaining, building result pages), so that grain calls keep the thread pool.
/// The lane is a task scheduler: parallel loops inside lane work queue their pieces here too (they use the current
/// scheduler), so a round never holds more threads than the lane has, and each piece is a short partition of a loop.
/// </summary>
public sealed class BackgroundLane : TaskScheduler, IDisposable
{
    [ThreadStatic]
    private static BackgroundLane? t_lane;

    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    public BackgroundLane(IOptions<BackgroundLaneOptions> options)
    {
        var settings = options.Value;
        settings.Validate();
        _threads = new Thread[settings.EffectiveWorkers];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(() => Work(settings.Priority)) { IsBackground = true, Name = $"background lane {i}" };
            _threads[i].Start();
        }
    }

    /// <summary>The lane's threads: never more pieces of work run at once.</summary>
    public int Workers => _threads.Length;

    /// <summary>Pieces waiting for a lane thread.</summary>
    public int Queued => _queue.Count;

    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>True on a lane thread.</summary>
    public bool IsLaneThread => ReferenceEquals(t_lane, this);

    /// <summary>Runs <paramref name="work"/> on the lane; the caller's continuation runs in its own context, never on the lane.</summary>
    public Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Task.Factory.StartNew(
            () => work(cancellationToken),
            cancellationToken,
            TaskCreationOptions.DenyChildAttach | TaskCreationOptions.RunContinuationsAsynchronously,
            this);
    }

    public void Dispose()
    {
        // The threads are background threads: a piece still running when the silo stops does not hold the process.
        _queue.CompleteAdding();
    }

    protected override void QueueTask(Task task) => _queue.Add(task);

    // A lane thread waiting on a piece of its own loop runs it itself; any other thread would be taking lane work outside the lane.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => IsLaneThread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work(ThreadPriority priority)
    {
        LaneThreadPriority.Apply(priority);
        t_lane = this;
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}

namespace Mentoring.Grains.Tests.Feedback;

/// <summary>Which check-in send fails: the n-th one handed to the sender from now on (0: none).</summary>
public sealed class CheckInSendFaults
{
    private int _countdown;

    public void FailNth(int n) => Volatile.Write(ref _countdown, n);

    /// <summary>True for the send that is to fail.</summary>
    public bool ShouldFail() => Volatile.Read(ref _countdown) > 0 && Interlocked.Decrement(ref _countdown) == 0;
}

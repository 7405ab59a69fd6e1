namespace Mentoring.Grains.Rounds;

/// <summary>
/// Calls the cluster itself refused (a silo stopping or lost, a message rejected or timed out), which a rolling restart
/// causes and which pass; a round repeats its reads on these as on transient storage faults.
/// </summary>
internal static class ClusterFaults
{
    public static bool IsTransient(Exception exception) =>
        exception is OrleansMessageRejectionException or SiloUnavailableException or TimeoutException
        || (exception is AggregateException aggregate && aggregate.InnerExceptions.All(IsTransient));
}

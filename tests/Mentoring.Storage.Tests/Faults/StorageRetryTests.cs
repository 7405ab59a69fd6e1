using Mentoring.Storage.Faults;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mentoring.Storage.Tests.Faults;

public sealed class StorageRetryTests
{
    private static readonly PostgresException Terminated = new("terminating connection due to administrator command", "FATAL", "FATAL", "57P01");

    [Fact]
    public async Task A_transient_fault_is_retried_until_the_operation_succeeds()
    {
        var attempts = new List<int>();
        var result = await Retry(TimeSpan.FromSeconds(30)).RunAsync("test", (attempt, _) =>
        {
            attempts.Add(attempt);
            return attempt < 3 ? throw Terminated : Task.FromResult("stored");
        }, CancellationToken.None);

        Assert.Equal("stored", result);
        Assert.Equal([1, 2, 3], attempts);
    }

    [Fact]
    public async Task A_persistent_fault_surfaces_at_once()
    {
        var attempts = 0;
        var fault = await Assert.ThrowsAsync<PostgresException>(() => Retry(TimeSpan.FromSeconds(30)).RunAsync("test", (_, _) =>
        {
            attempts++;
            throw new PostgresException("storage unavailable (injected)", "ERROR", "ERROR", "P0001");
        }, CancellationToken.None));

        Assert.Equal("P0001", fault.SqlState);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_spent_budget_fails_with_the_operation_and_the_last_fault_in_the_reason()
    {
        var fault = await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            Retry(TimeSpan.Zero).RunAsync("writing RoundState", (_, _) => throw Terminated, CancellationToken.None));

        Assert.Contains("writing RoundState", fault.Message);
        Assert.Contains("terminating connection", fault.Message);
    }

    private static StorageRetry Retry(TimeSpan budget) =>
        new(new StorageRetryOptions { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), Budget = budget },
            TimeProvider.System, NullLogger<StorageRetry>.Instance);
}

using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;
using Microsoft.Data.Sqlite;
using Mentoring.Testing;

namespace Mentoring.Api.Tests.Security;

/// <summary>A programme's end_time schedules the purge of its data a retention period later (here one day).</summary>
public sealed class RetentionApiTests(RetentionGatewayFixture fixture) : IClassFixture<RetentionGatewayFixture>
{
    private const string Marker = "Plughxyzzy";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_programme_whose_purge_time_has_passed_is_purged_without_any_call_and_audited()
    {
        using var channel = fixture.Gateway.CreateChannel();
        var api = new Api(channel);
        var programme = await api.Programmes.CreateProgrammeAsync(new() { ProgrammeId = "retention-overdue", Programme = Builders.Programme() });
        foreach (var id in new[] { "zz-retained-ada", "zz-retained-bo" })
        {
            var participant = Builders.Mentee($"{Marker} {id}");
            participant.Organisation = $"{Marker}-org";
            await api.Participants.CreateParticipantAsync(new() { Parent = programme.Name, ParticipantId = id, Participant = participant });
        }

        Assert.NotEmpty(await RowsContainingAsync(Marker));
        var endTime = DateTimeOffset.UtcNow.AddDays(-2);

        var ended = await api.Programmes.UpdateProgrammeAsync(new()
        {
            Programme = new Programme { Name = programme.Name, EndTime = Timestamp.FromDateTimeOffset(endTime) },
            UpdateMask = new FieldMask { Paths = { "end_time" } },
        });

        Assert.Equal(endTime, ended.EndTime.ToDateTimeOffset());
        Assert.Equal(endTime + RetentionGatewayFixture.Period, ended.PurgeTime.ToDateTimeOffset());
        await WaitUntilAsync(async () => await RemindersOfAsync(programme.Name) == 0, "the purge to finish (it drops the reminder last)");
        Assert.Empty(await RowsContainingAsync(Marker));
        Assert.All(await RowsContainingAsync("retention-overdue"), row => Assert.StartsWith("audit-segment ", row, StringComparison.Ordinal));
        Assert.DoesNotContain(programme.Name, (await api.Programmes.ListProgrammesAsync(new() { PageSize = 1000 })).Programmes.Select(p => p.Name));
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, () => api.Programmes.GetProgrammeAsync(new() { Name = programme.Name }).ResponseAsync);
        var audit = await api.Audit.ListAuditEntriesAsync(new() { Parent = $"tenants/{TestCredentials.Tenant}", PageSize = 1000 });
        var purge = Assert.Single(audit.AuditEntries, e => e.Method == "Retention/PurgeProgramme");
        Assert.Equal(("system:retention", programme.Name, "OK"), (purge.Actor, purge.Resource, purge.Outcome));
    }

    [Fact]
    public async Task A_programme_not_yet_due_is_kept_with_its_purge_time_shown_and_its_reminder_stored()
    {
        using var clients = Clients.For(fixture.Gateway);
        var endTime = DateTimeOffset.UtcNow.AddHours(-1);
        var request = Builders.Programme();
        request.EndTime = Timestamp.FromDateTimeOffset(endTime);

        var created = await clients.Programmes.CreateProgrammeAsync(new() { ProgrammeId = "retention-pending", Programme = request });

        Assert.Equal(endTime + RetentionGatewayFixture.Period, created.PurgeTime.ToDateTimeOffset());
        Assert.Equal(1, await RemindersOfAsync(created.Name));
        var read = await clients.Programmes.GetProgrammeAsync(new() { Name = created.Name });
        Assert.Equal(created.PurgeTime, read.PurgeTime);
        Assert.Equal(created.EndTime, read.EndTime);
    }

    [Fact]
    public async Task Clearing_end_time_through_the_update_mask_removes_the_purge_time_and_the_reminder()
    {
        using var clients = Clients.For(fixture.Gateway);
        var request = Builders.Programme();
        request.EndTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(30));
        var created = await clients.Programmes.CreateProgrammeAsync(new() { ProgrammeId = "retention-cleared", Programme = request });
        Assert.Equal(1, await RemindersOfAsync(created.Name));

        var cleared = await clients.Programmes.UpdateProgrammeAsync(new()
        {
            Programme = new Programme { Name = created.Name },
            UpdateMask = new FieldMask { Paths = { "end_time" } },
        });

        Assert.Null(cleared.EndTime);
        Assert.Null(cleared.PurgeTime);
        Assert.Equal(created.DisplayName, cleared.DisplayName);
        Assert.Equal(0, await RemindersOfAsync(created.Name));
    }

    [Fact]
    public async Task Deleting_a_programme_removes_its_reminder()
    {
        using var clients = Clients.For(fixture.Gateway);
        var request = Builders.Programme();
        request.EndTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(30));
        var created = await clients.Programmes.CreateProgrammeAsync(new() { ProgrammeId = "retention-deleted", Programme = request });

        await clients.Programmes.DeleteProgrammeAsync(new() { Name = created.Name });

        Assert.Equal(0, await RemindersOfAsync(created.Name));
    }

    [Theory]
    [InlineData(0L, 0)]
    [InlineData(946_684_799L, 0)]
    [InlineData(32_503_680_000L, 0)]
    [InlineData(1_800_000_000L, -1)]
    [InlineData(1_800_000_000L, 1_000_000_000)]
    [InlineData(long.MaxValue, 0)]
    public async Task Nonsense_end_times_are_invalid_argument_on_create_and_update_and_change_nothing(long seconds, int nanos)
    {
        using var clients = Clients.For(fixture.Gateway);
        var bad = Builders.Programme();
        bad.EndTime = new Timestamp { Seconds = seconds, Nanos = nanos };
        var id = $"retention-bad-{seconds % 1000:D3}-{Math.Abs(nanos % 1000):D3}-{Guid.NewGuid():N}"[..40];

        await RpcAssert.RejectsFieldAsync("programme.end_time", () => clients.Programmes.CreateProgrammeAsync(new() { ProgrammeId = id, Programme = bad }).ResponseAsync);
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, () => clients.Programmes.GetProgrammeAsync(new() { Name = $"programmes/{id}" }).ResponseAsync);

        var existing = await clients.CreateProgrammeAsync(id);
        await RpcAssert.RejectsFieldAsync("programme.end_time", () => clients.Programmes.UpdateProgrammeAsync(new()
        {
            Programme = new Programme { Name = existing.Name, EndTime = bad.EndTime },
            UpdateMask = new FieldMask { Paths = { "end_time" } },
        }).ResponseAsync);
        Assert.Equal(existing, await clients.Programmes.GetProgrammeAsync(new() { Name = existing.Name }));
        Assert.Equal(0, await RemindersOfAsync(existing.Name));
    }

    [Fact]
    public async Task Purge_time_is_output_only_and_cannot_be_named_in_the_update_mask()
    {
        using var clients = Clients.For(fixture.Gateway);
        var existing = await clients.CreateProgrammeAsync("retention-output-only");

        await RpcAssert.RejectsFieldAsync("update_mask.paths[0]", () => clients.Programmes.UpdateProgrammeAsync(new()
        {
            Programme = new Programme { Name = existing.Name, PurgeTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow) },
            UpdateMask = new FieldMask { Paths = { "purge_time" } },
        }).ResponseAsync);
        var created = await clients.Programmes.CreateProgrammeAsync(new()
        {
            ProgrammeId = "retention-output-ignored",
            Programme = new Programme { DisplayName = "x", PurgeTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow) },
        });
        Assert.Null(created.PurgeTime);
    }

    private async Task<long> RemindersOfAsync(string programmeName)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.Database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM OrleansRemindersTable WHERE GrainId LIKE @key AND ReminderName = 'programme-retention'";
        command.Parameters.AddWithValue("@key", "%/" + programmeName);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private Task<List<string>> RowsContainingAsync(string text) => SqliteRows.ContainingAsync(fixture.Database, text);

    private static Task WaitUntilAsync(Func<Task<bool>> condition, string what) => Eventually.UntilAsync(condition, Timeout, what);
}

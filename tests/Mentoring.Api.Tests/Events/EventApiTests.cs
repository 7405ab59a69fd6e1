using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Net.Client;
using Mentoring.Api.Tests.Infrastructure;
using Mentoring.Contracts.V1;

namespace Mentoring.Api.Tests.Events;

/// <summary>WatchEvents over a real gateway on each engine: every event once, in order, across reconnects; no event without its change.</summary>
public abstract class EventApiTests(EventGatewayFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly Clients _clients = Clients.For(fixture.Gateway);
    private readonly GrpcChannel _channel = fixture.Gateway.CreateChannel();
    private readonly string _programmeId = "events-" + Guid.NewGuid().ToString("N")[..8];

    private string Parent => $"programmes/{_programmeId}";

    private EventService.EventServiceClient Events => new(_channel);

    public async Task InitializeAsync() => await _clients.CreateProgrammeAsync(_programmeId);

    public Task DisposeAsync()
    {
        _clients.Dispose();
        _channel.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_watch_resumed_from_its_cursor_after_each_disconnect_gets_every_later_event_once_in_order_while_writes_continue()
    {
        const int People = 16;
        const int Updates = 4;
        var written = new ConcurrentQueue<string>();
        var writing = Task.WhenAll(Enumerable.Range(0, People).Select(async person =>
        {
            var id = $"w{person:D2}";
            var participant = await _clients.Participants.CreateParticipantAsync(new() { Parent = Parent, ParticipantId = id, Participant = Builders.Mentee($"Person {person}") });
            written.Enqueue(id);
            for (var update = 1; update <= Updates; update++)
            {
                participant.DisplayName = $"Person {person} v{update}";
                participant = await _clients.Participants.UpdateParticipantAsync(new() { Participant = participant, UpdateMask = new() { Paths = { "display_name" } } });
                written.Enqueue(id);
            }
        }));

        // Each connection takes a few events and drops; the next one resumes after the last sequence received.
        var received = new List<ProgrammeEvent>();
        while (received.Count < People * (Updates + 1))
        {
            using var disconnect = new CancellationTokenSource();
            using var call = Events.WatchEvents(
                new WatchEventsRequest { Parent = Parent, AfterSequence = received.Count > 0 ? received[^1].Sequence : 0 },
                deadline: DateTime.UtcNow + Patience, cancellationToken: disconnect.Token);
            var taken = 0;
            while (taken < 11 && received.Count < People * (Updates + 1) && await call.ResponseStream.MoveNext(CancellationToken.None))
            {
                received.Add(call.ResponseStream.Current);
                taken++;
            }

            await disconnect.CancelAsync();
        }

        await writing;
        Assert.Equal(Enumerable.Range(1, People * (Updates + 1)).Select(i => (long)i), received.Select(e => e.Sequence));
        Assert.Equal(received.Count, received.Select(e => e.Id).Distinct().Count());
        foreach (var person in Enumerable.Range(0, People).Select(p => $"w{p:D2}"))
        {
            var own = received.Where(e => e.Subject == $"{Parent}/participants/{person}").ToList();
            Assert.Equal(["participant.created", .. Enumerable.Repeat("participant.updated", Updates)], own.Select(e => e.Type));
            Assert.All(own, e => Assert.Equal(person, e.Data.Fields["participant_id"].StringValue));
        }

        Assert.Equal(written.Count, received.Count);
    }

    [Fact]
    public async Task A_write_that_changes_nothing_has_no_event_and_a_type_filter_streams_only_its_types()
    {
        var ada = await _clients.Participants.CreateParticipantAsync(new() { Parent = Parent, ParticipantId = "ada", Participant = Builders.Mentor() });
        await _clients.Participants.CreateParticipantAsync(new() { Parent = Parent, ParticipantId = "ada", Participant = Builders.Mentor() });
        await _clients.Participants.UpdateParticipantAsync(new() { Participant = ada, AllowMissing = true });
        ada.DisplayName = "Ada L.";
        await _clients.Participants.UpdateParticipantAsync(new() { Participant = ada, UpdateMask = new() { Paths = { "display_name" } } });
        await _clients.Participants.CreateParticipantAsync(new() { Parent = Parent, ParticipantId = "zed", Participant = Builders.Mentee() });

        var all = await ReadAsync(new WatchEventsRequest { Parent = Parent }, 3);
        var updates = await ReadAsync(new WatchEventsRequest { Parent = Parent, EventTypes = { "participant.updated" } }, 1);

        Assert.Equal([("participant.created", "ada"), ("participant.updated", "ada"), ("participant.created", "zed")],
            all.Select(e => (e.Type, e.Subject.Split('/')[^1])));
        Assert.Equal([1L, 2, 3], all.Select(e => e.Sequence));
        Assert.Equal(2, Assert.Single(updates).Sequence);
        Assert.Equal(3, (await ReadAsync(new WatchEventsRequest { Parent = Parent, AfterSequence = 2 }, 1))[0].Sequence);
    }

    [Fact]
    public async Task After_an_erasure_no_event_names_the_person_and_the_erasure_is_an_event_under_the_pseudonym()
    {
        const string Erased = "qq-erasable-7";
        var person = await _clients.Participants.CreateParticipantAsync(new() { Parent = Parent, ParticipantId = Erased, Participant = Builders.Mentee() });
        person.DisplayName = "Changed";
        await _clients.Participants.UpdateParticipantAsync(new() { Participant = person, UpdateMask = new() { Paths = { "display_name" } } });

        await _clients.Participants.DeleteParticipantAsync(new() { Name = person.Name });

        var events = await ReadAsync(new WatchEventsRequest { Parent = Parent }, 3);
        Assert.DoesNotContain(events, e => e.Subject.Contains(Erased, StringComparison.Ordinal) || e.Data.ToString().Contains(Erased, StringComparison.Ordinal));
        Assert.Equal(["participant.created", "participant.updated", "participant.erased"], events.Select(e => e.Type));
        var pseudonym = events[2].Subject;
        Assert.StartsWith($"{Parent}/participants/erased-", pseudonym, StringComparison.Ordinal);
        Assert.All(events, e => Assert.Equal(pseudonym, e.Subject));
    }

    [Fact]
    public async Task After_a_matched_mentees_erasure_no_round_or_match_event_names_them()
    {
        const string Erased = "qq-matched-mentee";
        using var channel = fixture.Gateway.CreateChannel();
        var rounds = new RoundService.RoundServiceClient(channel);
        var matches = new MatchService.MatchServiceClient(channel);
        var mentor = await _clients.Participants.CreateParticipantAsync(new() { Parent = Parent, ParticipantId = "ada", Participant = Builders.Mentor() });
        var mentee = await _clients.Participants.CreateParticipantAsync(new() { Parent = Parent, ParticipantId = Erased, Participant = Builders.Mentee() });
        var round = await rounds.StartRoundAsync(new() { Parent = Parent, RequestId = "erasure" });
        Assert.Equal(RoundState.Done, (await RoundCalls.WatchToEndAsync(rounds, round.Name))[^1].State);
        var match = $"{round.Name}/matches/{Erased}";
        await matches.AcceptMatchAsync(new() { Name = match, Participant = mentee.Name });
        await matches.AcceptMatchAsync(new() { Name = match, Participant = mentor.Name });
        var before = await ReadUntilAsync(new WatchEventsRequest { Parent = Parent }, e => e.Type == "match.active");
        Assert.Contains(before, e => e.Subject == match && e.Type == "match.proposed");

        await _clients.Participants.DeleteParticipantAsync(new() { Name = mentee.Name });

        var after = await ReadUntilAsync(new WatchEventsRequest { Parent = Parent }, e => e.Type == "participant.erased");
        Assert.DoesNotContain(after, e => e.Subject.Contains(Erased, StringComparison.Ordinal) || e.Data.ToString().Contains(Erased, StringComparison.Ordinal));
        Assert.Equal(before.Select(e => (e.Sequence, e.Id, e.Type)), after.Take(before.Count).Select(e => (e.Sequence, e.Id, e.Type)));
        var pseudonym = after[^1].Subject.Split('/')[^1];
        Assert.Equal(["match.proposed", "match.accepted", "match.active"],
            after.Where(e => e.Subject == $"{round.Name}/matches/{pseudonym}").Select(e => e.Type));
    }

    [Fact]
    public async Task Bad_requests_name_each_field_and_an_unknown_programme_is_not_found()
    {
        await RpcAssert.RejectsFieldAsync("parent", () => ReadAsync(new WatchEventsRequest { Parent = "projects/x" }, 1));
        var bad = await RpcAssert.RejectsFieldAsync("after_sequence",
            () => ReadAsync(new WatchEventsRequest { Parent = Parent, AfterSequence = -1, EventTypes = { "participant.created", "match.exploded" } }, 1));
        Assert.Contains(bad.FieldViolations, v => v.Field == "event_types[1]");
        Assert.DoesNotContain(bad.FieldViolations, v => v.Field == "event_types[0]");
        await RpcAssert.FailsWithAsync(StatusCode.NotFound, () => ReadAsync(new WatchEventsRequest { Parent = "programmes/no-such-programme" }, 1));
    }

    [Fact]
    public async Task A_watch_that_is_caught_up_ends_at_its_deadline()
    {
        await _clients.Participants.CreateParticipantAsync(new() { Parent = Parent, ParticipantId = "ada", Participant = Builders.Mentor() });
        using var call = Events.WatchEvents(new WatchEventsRequest { Parent = Parent }, deadline: DateTime.UtcNow.AddSeconds(3));

        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var ended = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(StatusCode.DeadlineExceeded, ended.StatusCode);
    }

    /// <summary>The events the watch streams up to and including the first that matches <paramref name="last"/>.</summary>
    private async Task<List<ProgrammeEvent>> ReadUntilAsync(WatchEventsRequest request, Func<ProgrammeEvent, bool> last)
    {
        using var call = Events.WatchEvents(request, deadline: DateTime.UtcNow + Patience);
        var events = new List<ProgrammeEvent>();
        while ((events.Count == 0 || !last(events[^1])) && await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            events.Add(call.ResponseStream.Current);
        }

        return events;
    }

    /// <summary>The first <paramref name="count"/> events the watch streams, then the call ends.</summary>
    private async Task<List<ProgrammeEvent>> ReadAsync(WatchEventsRequest request, int count)
    {
        using var call = Events.WatchEvents(request, deadline: DateTime.UtcNow + Patience);
        var events = new List<ProgrammeEvent>();
        while (events.Count < count && await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            events.Add(call.ResponseStream.Current);
        }

        return events;
    }
}

public sealed class SqliteEventApiTests(SqliteEventGatewayFixture fixture) : EventApiTests(fixture), IClassFixture<SqliteEventGatewayFixture>;

public sealed class PostgresEventApiTests(PostgresEventGatewayFixture fixture) : EventApiTests(fixture), IClassFixture<PostgresEventGatewayFixture>;

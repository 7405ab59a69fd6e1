using System.Globalization;
using Mentoring.Grains;
using Mentoring.Storage.Faults;
using Mentoring.Storage.Participants;
using Orleans.Runtime;
using Orleans.Storage;

namespace Mentoring.Hosting.Participants;

/// <summary>
/// The grain storage of <see cref="ParticipantGrain"/>: its state is one row of the participants table, read and written
/// through the batcher (activations that start together share one read, writes one commit). The ETag is the row's version, so a write from a stale activation changes nothing and fails.
/// </summary>
/// <remarks>Each change carries its event (<see cref="ParticipantEventDrafts"/>), committed with the row or not at all.</remarks>
internal sealed class ParticipantGrainStorage(ParticipantWriteBatcher batcher, ParticipantStateCodec codec, TimeProvider clock) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var (programmeId, participantId) = Key(grainId);
        var row = await Guarded(() => batcher.ReadAsync(programmeId, participantId, cancellationToken), "Reading", grainId);
        if (row is null)
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = (T)(object)codec.Decode(row.Payload);
        grainState.ETag = row.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        if (grainState.State is not ParticipantState state)
        {
            throw new NotSupportedException($"The participants table stores {nameof(ParticipantState)} only, not {typeof(T).Name}.");
        }

        var (programmeId, participantId) = Key(grainId);
        var expected = Version(grainState.ETag);
        var change = new ParticipantRowChange(programmeId, participantId, ParticipantStateCodec.RoleOf(state), expected, codec.Encode(state))
        {
            Event = ParticipantEventDrafts.ForWrite(programmeId, participantId, state, expected, clock.GetUtcNow()),
        };
        await ApplyAsync(change, grainId, grainState, cancellationToken);
        grainState.ETag = change.NextVersion.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var (programmeId, participantId) = Key(grainId);
        var expected = Version(grainState.ETag);
        var change = new ParticipantRowChange(programmeId, participantId, null, expected, null)
        {
            Event = ParticipantEventDrafts.ForClear(programmeId, participantId, grainState.State as ParticipantState, expected, clock.GetUtcNow()),
        };
        await ApplyAsync(change, grainId, grainState, cancellationToken);
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private async Task ApplyAsync<T>(ParticipantRowChange change, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        if (!await Guarded(() => batcher.ApplyAsync(change, cancellationToken), "Writing", grainId))
        {
            throw new InconsistentStateException(
                $"The row of {grainId} is no longer at version {change.ExpectedVersion}; another activation wrote it.", "unknown", grainState.ETag ?? "none");
        }
    }

    // A database exception has no Orleans codec: the caller would get a CodecNotFoundException instead of the fault.
    // The fault is stated in words; the API answers a transient one as UNAVAILABLE (retry with the etag the write had).
    private static async Task<TResult> Guarded<TResult>(Func<Task<TResult>> operation, string verb, GrainId grainId)
    {
        try
        {
            return await operation();
        }
        catch (Exception exception) when (StorageFaultException.Translate(exception, $"{verb} the row of {grainId}") is { } fault)
        {
            throw fault;
        }
    }

    private static long Version(string? etag) => etag is null ? 0 : long.Parse(etag, CultureInfo.InvariantCulture);

    private static (string ProgrammeId, string ParticipantId) Key(GrainId grainId) =>
        grainId.Key.ToString().Split('/') is ["programmes", var programme, "participants", var participant]
            ? (programme, participant)
            : throw new NotSupportedException($"{grainId} is not a participant grain.");
}

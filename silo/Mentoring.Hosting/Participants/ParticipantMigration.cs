using Mentoring.Storage.Participants;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Mentoring.Hosting.Participants;

/// <summary>
/// Moves participants stored by earlier versions into the participants table before the silo serves any call, so no
/// participant grain ever reads the table before its row is there. Idempotent and resumable (see <see cref="LegacyParticipantMigration"/>).
/// </summary>
internal sealed class ParticipantMigration(
    StorageConnection storage, IOptions<ClusterOptions> cluster, ParticipantStateCodec codec, ILogger<ParticipantMigration> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ParticipantMigration), ServiceLifecycleStage.RuntimeInitialize, RunAsync);

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var moved = await LegacyParticipantMigration.RunAsync(
            storage.Engine, storage.ConnectionString, cluster.Value.ServiceId,
            payload => ParticipantStateCodec.RoleOf(codec.Decode(payload)), cancellationToken);
        if (moved > 0)
        {
            logger.LogInformation("Moved {Count} participants from the Orleans storage table into the participants table", moved);
        }
    }
}

using Mentoring.Storage.Participants;

namespace Mentoring.Storage.Tests.Participants;

/// <summary>The group-commit settings: their defaults, and out-of-range values refused with the key to fix.</summary>
public sealed class ParticipantWriteOptionsTests
{
    [Fact]
    public void The_defaults_are_one_batch_in_flight_of_up_to_512_changes()
    {
        var options = new ParticipantWriteOptions();

        options.Validate();
        Assert.Equal((512, 1), (options.MaxBatchSize, options.Writers));
    }

    [Theory]
    [InlineData(0, 1, "Mentoring:Storage:Participants:MaxBatchSize must be 1-10000, not 0.")]
    [InlineData(10_001, 1, "Mentoring:Storage:Participants:MaxBatchSize must be 1-10000, not 10001.")]
    [InlineData(512, 0, "Mentoring:Storage:Participants:Writers must be 1-64, not 0.")]
    [InlineData(512, 65, "Mentoring:Storage:Participants:Writers must be 1-64, not 65.")]
    public void Out_of_range_values_are_refused_naming_the_key(int maxBatchSize, int writers, string message)
    {
        var options = new ParticipantWriteOptions { MaxBatchSize = maxBatchSize, Writers = writers };

        Assert.Equal(message, Assert.Throws<InvalidOperationException>(options.Validate).Message);
    }
}

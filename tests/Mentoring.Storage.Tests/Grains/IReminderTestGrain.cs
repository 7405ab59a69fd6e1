namespace Mentoring.Storage.Tests.Grains;

public interface IReminderTestGrain : IGrainWithStringKey
{
    Task RegisterAsync(string reminderName);

    Task<IReadOnlyList<string>> ListAsync();

    Task UnregisterAsync(string reminderName);
}

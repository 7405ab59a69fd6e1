namespace Mentoring.Storage.Tests.Grains;

public sealed class ReminderTestGrain : Grain, IReminderTestGrain, IRemindable
{
    public Task RegisterAsync(string reminderName) =>
        this.RegisterOrUpdateReminder(reminderName, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    public async Task<IReadOnlyList<string>> ListAsync()
    {
        var reminders = await this.GetReminders();
        return reminders.Select(r => r.ReminderName).ToList();
    }

    public async Task UnregisterAsync(string reminderName)
    {
        var reminder = await this.GetReminder(reminderName)
            ?? throw new InvalidOperationException($"Reminder '{reminderName}' is not registered.");
        await this.UnregisterReminder(reminder);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}

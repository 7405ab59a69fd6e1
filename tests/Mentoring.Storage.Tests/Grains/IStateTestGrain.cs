namespace Mentoring.Storage.Tests.Grains;

public interface IStateTestGrain : IGrainWithStringKey
{
    Task WriteAsync(string value);

    Task<string?> ReadAsync();

    Task<string?> GetETagAsync();

    Task ClearAsync();
}

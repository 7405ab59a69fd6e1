using Mentoring.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Mentoring.Grains.Tests.Support;

/// <summary>The Orleans serializer with the grain interfaces' types and surrogates, as silo and gateway have it.</summary>
public static class WireSerializers
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(ParticipantPage).Assembly))
        .BuildServiceProvider();

    public static Serializer<T> For<T>() => Services.GetRequiredService<Serializer<T>>();
}

using System.Buffers;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Mentoring.Abstractions;
using Mentoring.Benchmarks.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Mentoring.Benchmarks.Wire;

/// <summary>
/// A listing page of 1,000 participants through the Orleans serializer, written and read back as a silo and the gateway
/// do: as one object graph (the baseline, the wire form before) against one encoded participant at a time
/// (<see cref="ParticipantPage"/>'s surrogate). Both write into a reused buffer, as Orleans' pooled message buffers do,
/// so the allocations and collections shown are the serializer's own.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ParticipantPageWireBenchmarks
{
    private const int PageSize = 1_000;

    private readonly ArrayBufferWriter<byte> _buffer = new(4 << 20);
    private Serializer<ImmutableArray<ParticipantSnapshot>> _graph = null!;
    private Serializer<ParticipantPage> _page = null!;
    private ParticipantPage _value = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(ParticipantPage).Assembly)).BuildServiceProvider();
        _graph = services.GetRequiredService<Serializer<ImmutableArray<ParticipantSnapshot>>>();
        _page = services.GetRequiredService<Serializer<ParticipantPage>>();
        var created = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        var people = BenchmarkProgrammes.Generate(PageSize * 5 / 6, PageSize / 6 + 1, seed: 7).Participants.Take(PageSize);
        _value = new ParticipantPage([.. people.Select((p, i) => new ParticipantSnapshot(p, $"\"{i + 1}\"", created, created.AddDays(1)))], null);
    }

    [Benchmark(Baseline = true)]
    public int ObjectGraph()
    {
        _buffer.ResetWrittenCount();
        _graph.Serialize(_value.Participants, _buffer);
        return _graph.Deserialize(_buffer.WrittenMemory).Length;
    }

    [Benchmark]
    public int OneParticipantAtATime()
    {
        _buffer.ResetWrittenCount();
        _page.Serialize(_value, _buffer);
        return (_page.Deserialize(_buffer.WrittenMemory) ?? throw new InvalidDataException("empty page")).Participants.Length;
    }
}

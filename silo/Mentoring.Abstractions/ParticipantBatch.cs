using System.Collections.Immutable;
using Mentoring.Domain;

namespace Mentoring.Abstractions;

/// <summary>
/// A chunk of a bulk import on its way to a silo. It crosses the wire as <see cref="Surrogates.ParticipantBatchSurrogate"/>,
/// one encoded participant at a time.
/// </summary>
[Immutable]
public sealed record ParticipantBatch(ImmutableArray<Participant> Participants);

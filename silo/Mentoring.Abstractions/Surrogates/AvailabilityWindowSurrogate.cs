using Mentoring.Domain;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>Orleans wire form of <see cref="AvailabilityWindow"/>.</summary>
[GenerateSerializer, Immutable]
public readonly record struct AvailabilityWindowSurrogate(
    [property: Id(0)] int Day,
    [property: Id(1)] int StartMinute,
    [property: Id(2)] int EndMinute);

[RegisterConverter]
public sealed class AvailabilityWindowConverter : IConverter<AvailabilityWindow, AvailabilityWindowSurrogate>
{
    public AvailabilityWindow ConvertFromSurrogate(in AvailabilityWindowSurrogate surrogate) =>
        new((DayOfWeek)surrogate.Day, surrogate.StartMinute, surrogate.EndMinute);

    public AvailabilityWindowSurrogate ConvertToSurrogate(in AvailabilityWindow value) =>
        new((int)value.Day, value.StartMinute, value.EndMinute);
}

namespace Mentoring.LoadTests.Reports;

/// <summary>
/// What arrived at a receiver the harness runs (webhook endpoint, SMTP sink) against what the run caused: expected is
/// what must arrive, lost what never did, duplicates the repeats of an id already seen (at least once allows them),
/// unexpected what arrived without a cause in this run. Per second counts distinct arrivals over <see cref="Seconds"/>.
/// </summary>
public sealed record DeliveryFigures(
    string Name, long Expected, long Received, long Distinct, long Lost, long Duplicates, long Unexpected, double Seconds, double PerSecond, string Detail);

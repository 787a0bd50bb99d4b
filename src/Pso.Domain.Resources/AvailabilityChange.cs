namespace Pso.Domain.Resources;

/// <summary>A change in how much of a resource's time is available, from a date on.</summary>
/// <param name="From">The first date of the new units.</param>
/// <param name="Units">The units: 1 is the whole calendar, 0.5 half of it, 0 none.</param>
public sealed record AvailabilityChange(NodaTime.LocalDate From, decimal Units);

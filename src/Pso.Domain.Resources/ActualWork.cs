using NodaTime;

namespace Pso.Domain.Resources;

/// <summary>Hours a resource actually worked on a day, as a timesheet reports them.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Date">The day.</param>
/// <param name="Work">The work done.</param>
/// <param name="Billable">Whether the work is billable.</param>
public sealed record ActualWork(ResourceId Resource, LocalDate Date, Work Work, bool Billable = true);

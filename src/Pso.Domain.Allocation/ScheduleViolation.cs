namespace Pso.Domain.Allocation;

/// <summary>A rule a schedule breaks.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="Activity">The activity concerned, when one is.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ScheduleViolation(ViolationKind Kind, ActivityId? Activity, string Message);

using NodaTime;

namespace Pso.Domain.Allocation.Planning;

/// <summary>An activity whose dates a re-plan moved, and why.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Before">Its start in the previous plan; null when it is new.</param>
/// <param name="After">Its start in the new plan; null when it is gone.</param>
/// <param name="Reason">Why, in dates and names.</param>
public sealed record PlanChange(ActivityRef Activity, LocalDateTime? Before, LocalDateTime? After, string Reason);

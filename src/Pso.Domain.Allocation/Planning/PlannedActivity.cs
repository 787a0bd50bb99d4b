using NodaTime;

namespace Pso.Domain.Allocation.Planning;

/// <summary>An activity of the plan: its levelled dates on its calendar, its dates before levelling, and why it was
/// held back.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Start">The levelled start.</param>
/// <param name="Finish">The levelled finish.</param>
/// <param name="UnlevelledStart">The start before levelling: as early as its links, constraints and progress
/// allow.</param>
/// <param name="UnlevelledFinish">The finish before levelling.</param>
/// <param name="LevellingDelay">The working time on its calendar by which levelling held it back from where its
/// levelled predecessors let it start.</param>
public sealed record PlannedActivity(
    ActivityRef Activity,
    LocalDateTime Start,
    LocalDateTime Finish,
    LocalDateTime UnlevelledStart,
    LocalDateTime UnlevelledFinish,
    Duration LevellingDelay
)
{
    /// <summary>Gets why levelling held the activity back, in dates and names (who was away, booked elsewhere or
    /// working on what); empty when it was not.</summary>
    public string DelayReason { get; init; } = "";
}

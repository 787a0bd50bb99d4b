using NodaTime;

namespace Pso.Domain.Allocation.Planning;

/// <summary>A project's finish in the plan, against its deadline and its finish before levelling.</summary>
/// <param name="Project">The project.</param>
/// <param name="Finish">The levelled finish.</param>
/// <param name="UnlevelledFinish">The finish before levelling.</param>
/// <param name="Deadline">The deadline, if any.</param>
/// <param name="WorkingDaysLate">Working days of the portfolio calendar from the deadline to the finish; 0 when on
/// time or without a deadline.</param>
public sealed record ProjectOutcome(
    ProjectId Project,
    LocalDateTime Finish,
    LocalDateTime UnlevelledFinish,
    LocalDateTime? Deadline,
    int WorkingDaysLate
);

using System.Collections.Immutable;
using NodaTime;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Resources.Capacity;

namespace Pso.Domain.Reporting.Warnings;

/// <summary>
/// What the early-warning rules know of one project at a status date. Every fact but the project and the date is
/// optional: a rule whose facts are missing raises nothing.
/// </summary>
/// <param name="Project">The project.</param>
/// <param name="StatusDate">The status date.</param>
public sealed record ProjectStatus(ProjectId Project, LocalDate StatusDate)
{
    /// <summary>Gets the earned-value measures at the status date.</summary>
    public EarnedValueMeasures? EarnedValue { get; init; }

    /// <summary>Gets the earned-schedule measures at the status date.</summary>
    public EarnedScheduleMeasures? EarnedSchedule { get; init; }

    /// <summary>Gets the least total float of the project's activities now.</summary>
    public Duration? TotalFloat { get; init; }

    /// <summary>Gets the least total float at the previous status date (or in the baseline), to see it erode.</summary>
    public Duration? PreviousTotalFloat { get; init; }

    /// <summary>Gets the working time of one working day on the calendar the floats are counted in, to state them in
    /// working days as a scheduler reads them: 8 hours unless set (on a 7.5-hour day, -38 working hours are -5.07
    /// days).</summary>
    public Duration WorkingDay { get; init; } = Duration.FromHours(8);

    /// <summary>Gets the deadline the project must finish by.</summary>
    public LocalDateTime? Deadline { get; init; }

    /// <summary>Gets the schedule risk analysis of the project, whose P80 finish is held against the
    /// deadline.</summary>
    public ScheduleRiskResult? Risk { get; init; }

    /// <summary>Gets the over-allocations of the people the project depends on (its critical resources).</summary>
    public ImmutableArray<Overallocation> CriticalResourceOverallocations { get; init; } = [];

    /// <summary>Gets the project's supplier invoices, to find those overdue.</summary>
    public ImmutableArray<Invoice> Invoices { get; init; } = [];
}

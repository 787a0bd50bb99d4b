using NodaTime;

namespace Pso.Domain.Reporting.TimePhased;

/// <summary>
/// One time-phased fact for the reports: an amount of planned value, earned value or actual cost, or a number of
/// hours worked or available, on one day, for a project and optionally an activity, WBS element and cost account.
/// Lines are what <see cref="TimePhasedPerformance.Aggregate"/> sums by period and control element.
/// </summary>
/// <remarks>An immutable value. Money lines carry their currency; hour lines carry none.</remarks>
public readonly record struct PerformanceLine
{
    private PerformanceLine(
        ProjectId project,
        LocalDate date,
        PerformanceMeasure measure,
        decimal quantity,
        Currency currency
    )
    {
        Project = project;
        Date = date;
        Measure = measure;
        Quantity = quantity;
        Currency = currency;
    }

    /// <summary>Gets the project.</summary>
    public ProjectId Project { get; }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets what the line measures.</summary>
    public PerformanceMeasure Measure { get; }

    /// <summary>Gets the amount of money (for planned value, earned value and actual cost) or the hours (for actual and
    /// capacity hours).</summary>
    public decimal Quantity { get; }

    /// <summary>Gets the currency of a money line; <see cref="Currency.None"/> for hours.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the activity the line belongs to, if any.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets the work breakdown structure code of the element the line belongs to (such as <c>1.2.3</c>), if
    /// any. Codes roll up to their parents by their dot-separated parts.</summary>
    public string? WbsCode { get; init; }

    /// <summary>Gets the cost account the line is charged to, if any.</summary>
    public CostAccountId? Account { get; init; }

    /// <summary>Gets whether the line is an amount of money rather than hours.</summary>
    public bool IsMoney => Measure <= PerformanceMeasure.ActualCost;

    /// <summary>Creates a line of planned value.</summary>
    /// <param name="project">The project.</param>
    /// <param name="date">The day.</param>
    /// <param name="amount">The budget scheduled for the day.</param>
    /// <returns>The line.</returns>
    public static PerformanceLine PlannedValue(ProjectId project, LocalDate date, Money amount) =>
        new(project, date, PerformanceMeasure.PlannedValue, amount.Amount, amount.Currency);

    /// <summary>Creates a line of earned value.</summary>
    /// <param name="project">The project.</param>
    /// <param name="date">The day.</param>
    /// <param name="amount">The budget of the work done on the day.</param>
    /// <returns>The line.</returns>
    public static PerformanceLine EarnedValue(ProjectId project, LocalDate date, Money amount) =>
        new(project, date, PerformanceMeasure.EarnedValue, amount.Amount, amount.Currency);

    /// <summary>Creates a line of actual cost.</summary>
    /// <param name="project">The project.</param>
    /// <param name="date">The day.</param>
    /// <param name="amount">The cost booked on the day.</param>
    /// <returns>The line.</returns>
    public static PerformanceLine ActualCost(ProjectId project, LocalDate date, Money amount) =>
        new(project, date, PerformanceMeasure.ActualCost, amount.Amount, amount.Currency);

    /// <summary>Creates a line of hours worked.</summary>
    /// <param name="project">The project.</param>
    /// <param name="date">The day.</param>
    /// <param name="hours">The hours worked.</param>
    /// <returns>The line.</returns>
    public static PerformanceLine ActualHours(ProjectId project, LocalDate date, Work hours) =>
        new(project, date, PerformanceMeasure.ActualHours, hours.Hours, Currency.None);

    /// <summary>Creates a line of capacity: the hours the people on the project could give on the day.</summary>
    /// <param name="project">The project.</param>
    /// <param name="date">The day.</param>
    /// <param name="hours">The hours available.</param>
    /// <returns>The line.</returns>
    public static PerformanceLine CapacityHours(ProjectId project, LocalDate date, Work hours) =>
        new(project, date, PerformanceMeasure.CapacityHours, hours.Hours, Currency.None);
}

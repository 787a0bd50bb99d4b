using System;
using Pso.Domain.Periods;

namespace Pso.Domain.Reporting.TimePhased;

/// <summary>How <see cref="TimePhasedPerformance.Aggregate"/> sums lines.</summary>
public sealed record AggregationOptions
{
    /// <summary>Initialises the options.</summary>
    /// <param name="currency">The currency of every money line.</param>
    public AggregationOptions(Currency currency) => Currency = currency;

    /// <summary>Gets the currency of every money line; a line in another currency is refused.</summary>
    public Currency Currency { get; init; }

    /// <summary>Gets the reporting period the lines are summed by; weeks unless set.</summary>
    public PeriodUnit Unit { get; init; } = PeriodUnit.Week;

    /// <summary>Gets the level of the breakdown the lines are summed at; projects unless set.</summary>
    public RollUpLevel Level { get; init; } = RollUpLevel.Project;

    /// <summary>Gets the reporting calendar that defines the periods (fiscal quarters and years).</summary>
    public ReportingCalendar Calendar { get; init; } = ReportingCalendar.Default;

    /// <summary>Gets how many threads may sum parts of the lines at once; the processor count unless set. The sums
    /// are exact, so the result does not depend on it.</summary>
    public int DegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}

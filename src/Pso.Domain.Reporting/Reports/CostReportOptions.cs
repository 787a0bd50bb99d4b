using NodaTime;
using Pso.Domain.Periods;

namespace Pso.Domain.Reporting.Reports;

/// <summary>How a cost report is built.</summary>
/// <param name="AsOf">The status date: the burn rate is measured up to it.</param>
public sealed record CostReportOptions(LocalDate AsOf)
{
    /// <summary>Gets the reporting period; months unless set.</summary>
    public PeriodUnit Unit { get; init; } = PeriodUnit.Month;

    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; init; } = ReportingCalendar.Default;

    /// <summary>Gets how many periods up to the status date the burn rate averages over; three unless set.</summary>
    public int BurnPeriods { get; init; } = 3;
}

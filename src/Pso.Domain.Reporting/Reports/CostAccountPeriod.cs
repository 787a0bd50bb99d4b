using Pso.Domain.Periods;

namespace Pso.Domain.Reporting.Reports;

/// <summary>One cost account in one period: budget, actual, committed and forecast.</summary>
/// <param name="Account">The cost account; null for costs charged to none.</param>
/// <param name="Period">The period.</param>
/// <param name="Budget">The budget of the period (budget lines prorated by day).</param>
/// <param name="Actual">The actual cost booked in the period.</param>
/// <param name="Committed">The purchase orders placed in the period.</param>
/// <param name="Forecast">The forecast of the period (the forecast budget version), or the budget when none is
/// given.</param>
public sealed record CostAccountPeriod(
    CostAccountId? Account,
    ReportingPeriod Period,
    Money Budget,
    Money Actual,
    Money Committed,
    Money Forecast
);

namespace Pso.Domain.Reporting;

/// <summary>How an estimate at completion (EAC) forecasts the work still to do.</summary>
public enum EstimateAtCompletionMethod
{
    /// <summary>The remaining work at the cost performance so far: <c>EAC = AC + (BAC - EV) / CPI</c>.</summary>
    CostPerformance,

    /// <summary>The remaining work at the cost and schedule performance so far (a late project that must catch up
    /// pays for it): <c>EAC = AC + (BAC - EV) / (CPI x SPI)</c>.</summary>
    CostAndSchedulePerformance,

    /// <summary>The remaining work at the budgeted rate (what went wrong so far will not happen again):
    /// <c>EAC = AC + BAC - EV</c>.</summary>
    BudgetedRate,
}

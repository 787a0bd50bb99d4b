using Pso.Domain.Periods;
using Pso.Domain.Reporting.TimePhased;

namespace Pso.Domain.Reporting.Forecasts;

/// <summary>A cost forecast: the estimate at completion from the trend of the cumulative CPI, with a band.</summary>
/// <param name="Element">The control element.</param>
/// <param name="StatusPeriod">The period the forecast is made at.</param>
/// <param name="Projected">The CPI the trend reaches at the planned completion.</param>
/// <param name="EstimateAtCompletion">AC + (BAC - EV) / projected CPI.</param>
/// <param name="Low">The estimate at the upper end of the CPI's band (the cheaper end).</param>
/// <param name="High">The estimate at the lower end of the CPI's band (the dearer end); null when the band reaches a
/// CPI of zero or below.</param>
/// <param name="Confidence">The confidence of the band, such as 0.9.</param>
/// <param name="Points">How many periods the trend was fitted on.</param>
public sealed record CostForecast(
    ControlElement Element,
    ReportingPeriod StatusPeriod,
    decimal Projected,
    Money EstimateAtCompletion,
    Money Low,
    Money? High,
    decimal Confidence,
    int Points
);

using Pso.Domain.Periods;
using Pso.Domain.Reporting.TimePhased;

namespace Pso.Domain.Reporting.Forecasts;

/// <summary>A finish forecast: the duration at completion from the trend of the cumulative SPI(t), with a
/// band.</summary>
/// <param name="Element">The control element.</param>
/// <param name="StatusPeriod">The period the forecast is made at.</param>
/// <param name="Projected">The SPI(t) the trend reaches at the planned completion.</param>
/// <param name="EstimatedDuration">IEAC(t) = planned duration / projected SPI(t), in periods.</param>
/// <param name="Expected">The period in which the work is forecast to finish.</param>
/// <param name="Early">The early end of the band (at the upper end of the SPI(t)'s band).</param>
/// <param name="Late">The late end of the band; null when the band reaches an SPI(t) of zero or below.</param>
/// <param name="Confidence">The confidence of the band.</param>
/// <param name="Points">How many periods the trend was fitted on.</param>
public sealed record FinishForecast(
    ControlElement Element,
    ReportingPeriod StatusPeriod,
    decimal Projected,
    decimal EstimatedDuration,
    ReportingPeriod Expected,
    ReportingPeriod Early,
    ReportingPeriod? Late,
    decimal Confidence,
    int Points
);

using NodaTime;

namespace Pso.Domain.Reporting.Reports;

/// <summary>A milestone's forecast finish as seen at one status date.</summary>
/// <param name="StatusDate">The status date.</param>
/// <param name="Forecast">The forecast finish then.</param>
public sealed record MilestoneForecast(LocalDate StatusDate, LocalDateTime Forecast);

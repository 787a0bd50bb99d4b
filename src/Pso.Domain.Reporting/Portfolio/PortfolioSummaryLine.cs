using NodaTime;
using Pso.Domain.Reporting.Warnings;

namespace Pso.Domain.Reporting.Portfolio;

/// <summary>One project's line in the portfolio summary.</summary>
/// <param name="Project">The project.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">Its red-amber-green status.</param>
/// <param name="Measures">Its earned-value measures at the status period.</param>
/// <param name="Warnings">How many warnings it has.</param>
/// <param name="Finish">Its forecast finish, if known.</param>
/// <param name="P80Finish">Its P80 finish, if known.</param>
public sealed record PortfolioSummaryLine(
    ProjectId Project,
    string Name,
    RagStatus Status,
    EarnedValueMeasures Measures,
    int Warnings,
    LocalDateTime? Finish,
    LocalDateTime? P80Finish
);

using NodaTime;

namespace Pso.Domain.Costs.Actuals;

/// <summary>One actual cost, in its own currency and in the reporting currency.</summary>
/// <param name="Kind">What it comes from.</param>
/// <param name="Date">The day it was incurred.</param>
/// <param name="Project">The project.</param>
/// <param name="Amount">The amount in its own currency.</param>
/// <param name="Reporting">The amount in the reporting currency, converted at the rate of its date.</param>
public sealed record CostItem(CostKind Kind, LocalDate Date, ProjectId Project, Money Amount, Money Reporting)
{
    /// <summary>Gets the cost account charged, if known.</summary>
    public CostAccountId? Account { get; init; }

    /// <summary>Gets the activity, if known.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets the person, for labour.</summary>
    public ResourceId? Resource { get; init; }
}

using NodaTime;

namespace Pso.Domain.Costs.Actuals;

/// <summary>Money spent on a project outside labour: travel, licences, equipment.</summary>
/// <param name="Id">The expense's id.</param>
/// <param name="Date">The day it was incurred.</param>
/// <param name="Amount">How much.</param>
/// <param name="Category">Its category, such as <c>travel</c>.</param>
/// <param name="Project">The project it is for.</param>
public sealed record Expense(ExpenseId Id, LocalDate Date, Money Amount, string Category, ProjectId Project)
{
    /// <summary>Gets the cost account charged, if known (an expense without one is flagged at intake).</summary>
    public CostAccountId? Account { get; init; }

    /// <summary>Gets the activity it is for, if known.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets the vendor paid, if known.</summary>
    public VendorId? Vendor { get; init; }

    /// <summary>Gets the receipt's reference, if any.</summary>
    public string? Receipt { get; init; }
}

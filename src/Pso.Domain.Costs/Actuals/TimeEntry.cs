using NodaTime;

namespace Pso.Domain.Costs.Actuals;

/// <summary>Hours a person booked against a project on a day.</summary>
/// <param name="Resource">Who worked.</param>
/// <param name="Project">On what project.</param>
/// <param name="Date">On what day.</param>
/// <param name="Hours">How long.</param>
public sealed record TimeEntry(ResourceId Resource, ProjectId Project, LocalDate Date, Work Hours)
{
    /// <summary>Gets the entry's id in its source, if any.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the activity worked on, if known.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets the role worked in, if known; it chooses the rate card when the person has none of their
    /// own.</summary>
    public RoleId? Role { get; init; }

    /// <summary>Gets whether the hours are overtime, costed at the overtime rate.</summary>
    public bool Overtime { get; init; }

    /// <summary>Gets the cost account charged, if known.</summary>
    public CostAccountId? Account { get; init; }
}

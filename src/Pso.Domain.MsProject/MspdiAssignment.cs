namespace Pso.Domain.MsProject;

/// <summary>An assignment of a resource to an activity in a Microsoft Project file.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Resource">The resource.</param>
public sealed record MspdiAssignment(ActivityId Activity, ResourceId Resource)
{
    /// <summary>Gets the units assigned: 1 is the resource full-time, 0.5 half of its time.</summary>
    public decimal Units { get; init; } = 1m;

    /// <summary>Gets the planned work.</summary>
    public Work Work { get; init; }

    /// <summary>Gets the work done.</summary>
    public Work ActualWork { get; init; }

    /// <summary>Gets the work still to do.</summary>
    public Work RemainingWork { get; init; }
}

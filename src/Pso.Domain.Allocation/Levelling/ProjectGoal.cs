namespace Pso.Domain.Allocation.Levelling;

/// <summary>A project's goal in a portfolio: when it is due and how much it matters.</summary>
/// <param name="Project">The project.</param>
public sealed record ProjectGoal(ProjectId Project)
{
    /// <summary>Gets the period by which it should finish, if any.</summary>
    public int? Due { get; init; }

    /// <summary>Gets its weight (priority) in the multi-project objectives; 1 by default.</summary>
    public int Weight { get; init; } = 1;
}

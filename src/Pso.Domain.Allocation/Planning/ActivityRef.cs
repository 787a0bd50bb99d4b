namespace Pso.Domain.Allocation.Planning;

/// <summary>An activity of the portfolio: its project and its id within the project.</summary>
/// <param name="Project">The project.</param>
/// <param name="Activity">The activity.</param>
public readonly record struct ActivityRef(ProjectId Project, ActivityId Activity)
{
    /// <summary>Returns <c>project/activity</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Project}/{Activity}";
}

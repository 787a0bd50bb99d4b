using NodaTime;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Allocation.Planning;

/// <summary>A project of the portfolio as it is: its schedule network (links, constraints, deadlines, calendars, work
/// breakdown and progress to its status date) and how much it matters.</summary>
/// <param name="Network">The schedule network.</param>
public sealed record PortfolioProject(Project Network)
{
    /// <summary>Gets the schedule network.</summary>
    public Project Network { get; init; } = Network ?? throw new System.ArgumentNullException(nameof(Network));

    /// <summary>Gets the priority from 0 to 1000 (500 by default): each working day late against the deadline counts
    /// the priority (at least 1) in the weighted lateness the planner keeps least.</summary>
    public int Priority { get; init; } = 500;

    /// <summary>Gets the date by which the project should finish, if any.</summary>
    public LocalDateTime? Deadline { get; init; }

    /// <summary>Gets the project's id.</summary>
    public ProjectId Id => Network.Id;
}

using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Testing;

/// <summary>Expresses a levelling problem in periods (a PSPLIB or MPLIB instance) as a real portfolio: projects on a
/// 24-hour calendar with a day per period, one person per unit of each role's capacity, a requirement per demand,
/// releases as project starts. With <see cref="FromProblem"/>'s <c>closingMilestone</c>, the projects lead to one
/// closing milestone whose deadline is the status date at the highest priority, so that the planner's weighted
/// lateness puts the portfolio's finish (the makespan) first.</summary>
public static class LevellingPortfolio
{
    /// <summary>Gets the status date the portfolios start on.</summary>
    public static LocalDate StatusDate { get; } = new(2027, 1, 4);

    /// <summary>Gets the id of the closing milestone's project.</summary>
    public static ProjectId ClosingProject { get; } = new("CLOSE");

    /// <summary>Builds the portfolio of a levelling problem.</summary>
    /// <param name="problem">The problem, in periods.</param>
    /// <param name="closingMilestone">Whether to add the closing milestone that makes the makespan the goal.</param>
    /// <returns>The portfolio.</returns>
    public static Portfolio FromProblem(LevellingProblem problem, bool closingMilestone)
    {
        ArgumentNullException.ThrowIfNull(problem);
        WorkCalendar calendar = WorkCalendar.TwentyFourHours;
        var people = new List<Resource>();
        foreach (RoleCapacity capacity in problem.Capacities)
        {
            for (int k = 0; k < capacity.Units; k++)
            {
                people.Add(
                    new Resource(
                        new ResourceId($"{capacity.Role.Value}-{k + 1}"),
                        $"{capacity.Role.Value} {k + 1}",
                        calendar
                    )
                    {
                        Roles = [capacity.Role],
                    }
                );
            }
        }
        var projects = new List<PortfolioProject>();
        var requirements = new List<ResourceRequirement>();
        var links = new List<PortfolioLink>();
        var projectOf = problem.Activities.ToDictionary(a => a.Id, a => a.Project);
        var successors = problem.Precedences.Select(p => p.Predecessor).ToHashSet();
        foreach (var group in problem.Activities.GroupBy(a => a.Project))
        {
            ProjectId project = ProjectOf(group.Key);
            int release = group.Min(a => a.Release);
            var activities = new List<Activity>();
            foreach (LevellingActivity activity in group)
            {
                activities.Add(
                    new Activity(
                        activity.Id,
                        activity.Id.Value,
                        Duration.FromDays(activity.Duration),
                        activity.Duration == 0 ? ActivityKind.Milestone : ActivityKind.Task
                    )
                );
                if (closingMilestone && !successors.Contains(activity.Id))
                {
                    links.Add(new PortfolioLink(project, activity.Id, ClosingProject, new ActivityId("END")));
                }
                if (activity.Duration == 0)
                {
                    continue;
                }
                foreach (RoleDemand demand in activity.Demands.Where(d => d.Units > 0))
                {
                    requirements.Add(
                        new ResourceRequirement(project, activity.Id) { Role = demand.Role, Units = demand.Units }
                    );
                }
            }
            IEnumerable<Dependency> dependencies = problem
                .Precedences.Where(p => projectOf[p.Predecessor] == group.Key && projectOf[p.Successor] == group.Key)
                .Select(p => new Dependency(p.Predecessor, p.Successor, p.Type, Lag.Working(Duration.FromDays(p.Lag))));
            projects.Add(
                new PortfolioProject(
                    new Project(
                        project,
                        project.Value,
                        calendar,
                        StatusDate.PlusDays(release).AtMidnight(),
                        activities,
                        dependencies
                    )
                )
            );
        }
        foreach (Precedence p in problem.Precedences.Where(p => projectOf[p.Predecessor] != projectOf[p.Successor]))
        {
            links.Add(
                new PortfolioLink(
                    ProjectOf(projectOf[p.Predecessor]),
                    p.Predecessor,
                    ProjectOf(projectOf[p.Successor]),
                    p.Successor
                )
                {
                    Type = p.Type,
                    Lag = Duration.FromDays(p.Lag),
                }
            );
        }
        if (closingMilestone)
        {
            var end = new Activity(new ActivityId("END"), "Portfolio finished", Duration.Zero, ActivityKind.Milestone);
            projects.Add(
                new PortfolioProject(new Project(ClosingProject, "Close", calendar, StatusDate.AtMidnight(), [end], []))
                {
                    Priority = LevellingProblem.MaxWeight,
                    Deadline = StatusDate.AtMidnight(),
                }
            );
        }
        return new Portfolio(projects, requirements, new ResourcePool(people), StatusDate, links: links);
    }

    private static ProjectId ProjectOf(ProjectId project) => project.Value is null ? new ProjectId("P") : project;

    /// <summary>Returns the planning options that read the portfolio as the problem: the 24-hour calendar with a day
    /// per period, and a horizon of twice the critical-path bound (work after it is levelled on the same constant
    /// capacity, and reported beyond the horizon).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="solver">The solver's options.</param>
    /// <returns>The options.</returns>
    public static PlanningOptions Options(LevellingProblem problem, SolverOptions solver)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new PlanningOptions
        {
            Calendar = WorkCalendar.TwentyFourHours,
            Granularity = PlanningGranularity.Day,
            HorizonDays = Math.Max(30, 2 * problem.CriticalPathBound),
            Solver = solver,
        };
    }

    /// <summary>Returns a plan's makespan in periods: days from the status date to its last finish.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The makespan.</returns>
    public static int Makespan(PortfolioPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Period.DaysBetween(StatusDate, plan.Finish.Date) + (plan.Finish.TimeOfDay == LocalTime.Midnight ? 0 : 1);
    }

    /// <summary>Returns a plan's start of every activity of the problem, in periods, in the problem's order.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="plan">The plan of its portfolio.</param>
    /// <returns>The starts.</returns>
    public static int[] Starts(LevellingProblem problem, PortfolioPlan plan)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(plan);
        var starts = plan.Activities.ToDictionary(a => a.Activity.Activity, a => a.Start);
        return [.. problem.Activities.Select(a => Period.DaysBetween(StatusDate, starts[a.Id].Date))];
    }
}

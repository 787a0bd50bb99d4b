using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Pso.Domain.Allocation.Levelling;

namespace Pso.Domain.Allocation.Planning;

/// <summary>
/// Plans a portfolio as it is, in dates: levels its projects on the people's real calendars, availability, absences and
/// existing bookings, chooses who does each activity, and explains every delay and shortfall in dates and names.
/// </summary>
/// <remarks>
/// <para><b>The model.</b> Each project is scheduled by CPM first (every link type and lag, constraints, calendars,
/// progress), as of the status date: that gives each activity's unlevelled dates. The periods are the working days (or
/// hours) of the portfolio calendar from the status date; each person is a column whose units in a period are their
/// availability, none on an absence, less the bookings kept. Each requirement goes to people who meet it (shared when
/// it needs more units than one person has); the levelling strategy then schedules the activities against the
/// people's columns, the people are re-chosen along the levelled order (each need to whoever lets it start first) and
/// the activities levelled again, and the best schedule, by weighted lateness and then finish, is kept. A project
/// without a deadline counts as due at its unlevelled finish with weight 1.</para>
/// <para><b>Back to dates.</b> Each activity held back gets a levelling delay on its calendar, so that CPM on the
/// network gives the levelled dates (<see cref="PortfolioPlan.Networks"/>). The people are booked day by day for
/// units of their own working time while the activity works, never beyond what they have free; what does not fit is a
/// shortfall, explained.</para>
/// <para>Started activities keep their dates (their remaining work stays where CPM puts it), as do pinned ones; the
/// others are moved only later. The planner is stateless and thread-safe; the same portfolio, options and seed give
/// the same plan.</para>
/// </remarks>
public sealed class PortfolioPlanner
{
    /// <summary>Initialises a planner.</summary>
    /// <param name="levelling">The levelling solver (and strategy); one with <see cref="GeneticLevelling"/> when
    /// null.</param>
    /// <param name="options">The settings plans use when none are given; <see cref="PlanningOptions.Default"/> when
    /// null.</param>
    public PortfolioPlanner(LevellingSolver? levelling = null, PlanningOptions? options = null)
    {
        Levelling = levelling ?? new LevellingSolver();
        Options = options ?? PlanningOptions.Default;
    }

    /// <summary>Gets the levelling solver.</summary>
    public LevellingSolver Levelling { get; }

    /// <summary>Gets the settings plans use when none are given.</summary>
    public PlanningOptions Options { get; }

    /// <summary>Plans a portfolio.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="options">The settings; the planner's <see cref="Options"/> when null.</param>
    /// <param name="progress">Told of each better levelled schedule, if given.</param>
    /// <param name="cancellationToken">Stops the levelling search; the best plan so far is returned.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not positive, or a solver setting is out of
    /// range.</exception>
    public PortfolioPlan Plan(
        Portfolio portfolio,
        PlanningOptions? options = null,
        IProgress<LevellingProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        options ??= Options;
        if (options.HorizonDays <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.HorizonDays,
                $"PlanningOptions.HorizonDays is {options.HorizonDays}; the horizon is at least one day."
            );
        }
        options.Solver.Validate(nameof(options));
        return new PlanRun(portfolio, options, Levelling, progress, cancellationToken).Run();
    }

    /// <summary>Plans a changed portfolio (a project added, a deadline moved, a priority changed, a person added or
    /// removed, an activity pinned) with the settings of a previous plan, and says what moved and why.</summary>
    /// <param name="previous">The previous plan.</param>
    /// <param name="changed">The changed portfolio.</param>
    /// <param name="cancellationToken">Stops the levelling search.</param>
    /// <returns>The new plan and the activities whose start moved, each with the reason: what changed in the portfolio
    /// (a person who joined or left, a deadline moved, …), then why the activity moved.</returns>
    public (PortfolioPlan Plan, ImmutableArray<PlanChange> Changes) Replan(
        PortfolioPlan previous,
        Portfolio changed,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(changed);
        PortfolioPlan plan = Plan(changed, previous.Options, null, cancellationToken);
        var before = previous.Activities.ToDictionary(a => a.Activity);
        var after = plan.Activities.ToDictionary(a => a.Activity);
        var changes = new List<PlanChange>();
        string cause = WhatChanged(previous.Portfolio, changed) is { Length: > 0 } what ? what + "; " : "";
        foreach (PlannedActivity now in plan.Activities)
        {
            if (!before.TryGetValue(now.Activity, out PlannedActivity? was))
            {
                changes.Add(new PlanChange(now.Activity, null, now.Start, "new in the portfolio"));
            }
            else if (was.Start != now.Start)
            {
                string why =
                    now.LevellingDelay > was.LevellingDelay ? now.DelayReason
                    : now.UnlevelledStart != was.UnlevelledStart
                        ? $"its network moved it: it could start {now.UnlevelledStart:ddd d MMM uuuu HH:mm} (was "
                            + $"{was.UnlevelledStart:ddd d MMM uuuu HH:mm})"
                    : now.LevellingDelay < was.LevellingDelay
                        ? "levelling holds it back less: "
                            + (now.DelayReason.Length > 0 ? now.DelayReason : "its people are free earlier")
                    : "a predecessor moved";
                changes.Add(new PlanChange(now.Activity, was.Start, now.Start, cause + why));
            }
        }
        changes.AddRange(
            previous
                .Activities.Where(a => !after.ContainsKey(a.Activity))
                .Select(a => new PlanChange(a.Activity, a.Start, null, "no longer in the portfolio"))
        );
        return (plan, [.. changes]);
    }

    /// <summary>Says what changed between two portfolios: people who joined or left, projects added or removed,
    /// deadlines moved, priorities changed, activities pinned or released, requirements and bookings changed.</summary>
    private static string WhatChanged(Portfolio before, Portfolio after)
    {
        var parts = new List<string>();
        var wasPeople = before.Pool.Resources.ToDictionary(r => r.Id);
        var nowPeople = after.Pool.Resources.ToDictionary(r => r.Id);
        parts.AddRange(nowPeople.Values.Where(r => !wasPeople.ContainsKey(r.Id)).Select(r => $"{r.Name} joined"));
        parts.AddRange(wasPeople.Values.Where(r => !nowPeople.ContainsKey(r.Id)).Select(r => $"{r.Name} left"));
        var wasProjects = before.Projects.ToDictionary(p => p.Id);
        foreach (PortfolioProject project in after.Projects)
        {
            if (!wasProjects.TryGetValue(project.Id, out PortfolioProject? was))
            {
                parts.Add($"project {project.Id} added");
                continue;
            }
            if (was.Deadline != project.Deadline)
            {
                parts.Add(
                    $"{project.Id}'s deadline moved to "
                        + (project.Deadline is NodaTime.LocalDateTime d ? $"{d:ddd d MMM uuuu}" : "none")
                );
            }
            if (was.Priority != project.Priority)
            {
                parts.Add($"{project.Id}'s priority is {project.Priority} (was {was.Priority})");
            }
        }
        parts.AddRange(
            before.Projects.Where(p => after.Projects.All(q => q.Id != p.Id)).Select(p => $"project {p.Id} removed")
        );
        parts.AddRange(after.Pinned.Except(before.Pinned).Select(a => $"{a} pinned"));
        parts.AddRange(before.Pinned.Except(after.Pinned).Select(a => $"{a} no longer pinned"));
        if (!before.Requirements.SequenceEqual(after.Requirements))
        {
            parts.Add("requirements changed");
        }
        if (!before.Bookings.SequenceEqual(after.Bookings))
        {
            parts.Add("bookings changed");
        }
        return string.Join(", ", parts);
    }
}

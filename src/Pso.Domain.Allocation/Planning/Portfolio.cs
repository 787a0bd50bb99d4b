using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Planning;

/// <summary>
/// The portfolio as it is, for the planner: its projects (schedule networks with priorities and deadlines), the
/// resources each activity needs, the links between projects, the resource pool with its calendars, availability and
/// absences, the bookings already made, and the status date from which work is planned.
/// </summary>
/// <remarks>Building a portfolio checks only what would make it ambiguous (two projects with one id, a priority out of
/// range); a requirement or
/// link that names something unknown, a deadline before the status date or a booking beyond a calendar is reported in
/// the plan, naming the record, and the rest is still planned. Instances are immutable.</remarks>
public sealed class Portfolio
{
    /// <summary>Initialises a portfolio.</summary>
    /// <param name="projects">The projects.</param>
    /// <param name="requirements">What each activity needs from the pool.</param>
    /// <param name="pool">The resources.</param>
    /// <param name="statusDate">The first day work may be planned on.</param>
    /// <param name="bookings">The bookings already made; confirmed ones are kept, tentative ones too unless
    /// <see cref="PlanningOptions.ReplaceTentativeBookings"/>.</param>
    /// <param name="links">Dependencies between activities of different projects.</param>
    /// <param name="pinned">Activities levelling does not hold back (a what-if that pins them): they start as early as
    /// their links allow, and the others are levelled around them.</param>
    /// <exception cref="ValidationException">Two projects share an id, or a priority is outside 0 to 1000.</exception>
    public Portfolio(
        IEnumerable<PortfolioProject> projects,
        IEnumerable<ResourceRequirement> requirements,
        ResourcePool pool,
        LocalDate statusDate,
        IEnumerable<Booking>? bookings = null,
        IEnumerable<PortfolioLink>? links = null,
        IEnumerable<ActivityRef>? pinned = null
    )
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(requirements);
        Projects = [.. projects];
        Requirements = [.. requirements];
        Pool = pool ?? throw new ArgumentNullException(nameof(pool));
        StatusDate = statusDate;
        Bookings = bookings is null ? [] : [.. bookings];
        Links = links is null ? [] : [.. links];
        Pinned = pinned is null ? [] : [.. pinned];
        ImmutableArray<ValidationError> errors =
        [
            .. Projects
                .GroupBy(p => p.Id)
                .Where(g => g.Count() > 1)
                .Select(g => ValidationError.Duplicate(AllocationErrorCodes.Duplicate, "Project", g.Key.Value)),
            .. Projects
                .Where(p => p.Priority is < 0 or > 1_000)
                .Select(p =>
                    ValidationError.ForRecord(
                        AllocationErrorCodes.OutOfRange,
                        $"Project '{p.Id}' has priority {p.Priority}; priorities run from 0 to 1000.",
                        p.Id.Value,
                        "priority"
                    )
                ),
        ];
        if (!errors.IsEmpty)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>Gets the projects, in the order given.</summary>
    public ImmutableArray<PortfolioProject> Projects { get; }

    /// <summary>Gets what each activity needs from the pool.</summary>
    public ImmutableArray<ResourceRequirement> Requirements { get; }

    /// <summary>Gets the resources.</summary>
    public ResourcePool Pool { get; }

    /// <summary>Gets the first day work may be planned on.</summary>
    public LocalDate StatusDate { get; }

    /// <summary>Gets the bookings already made.</summary>
    public ImmutableArray<Booking> Bookings { get; }

    /// <summary>Gets the dependencies between activities of different projects.</summary>
    public ImmutableArray<PortfolioLink> Links { get; }

    /// <summary>Gets the activities levelling does not hold back.</summary>
    public ImmutableArray<ActivityRef> Pinned { get; }

    /// <summary>Returns a copy with other projects (one added, a deadline moved, a priority changed), the rest the
    /// same.</summary>
    /// <param name="projects">The projects.</param>
    /// <returns>The new portfolio.</returns>
    public Portfolio WithProjects(IEnumerable<PortfolioProject> projects) =>
        new(projects, Requirements, Pool, StatusDate, Bookings, Links, Pinned);

    /// <summary>Returns a copy with other requirements, the rest the same.</summary>
    /// <param name="requirements">The requirements.</param>
    /// <returns>The new portfolio.</returns>
    public Portfolio WithRequirements(IEnumerable<ResourceRequirement> requirements) =>
        new(Projects, requirements, Pool, StatusDate, Bookings, Links, Pinned);

    /// <summary>Returns a copy with another pool (a person added or removed), the rest the same.</summary>
    /// <param name="pool">The pool.</param>
    /// <returns>The new portfolio.</returns>
    public Portfolio WithPool(ResourcePool pool) =>
        new(Projects, Requirements, pool, StatusDate, Bookings, Links, Pinned);

    /// <summary>Returns a copy with other pinned activities, the rest the same.</summary>
    /// <param name="pinned">The activities levelling does not hold back.</param>
    /// <returns>The new portfolio.</returns>
    public Portfolio WithPinned(IEnumerable<ActivityRef> pinned) =>
        new(Projects, Requirements, Pool, StatusDate, Bookings, Links, pinned);
}

using System;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Planning;

/// <summary>Settings of the portfolio planner. Tweak with <c>PlanningOptions.Default with { … }</c>.</summary>
public sealed record PlanningOptions
{
    /// <summary>Gets the default settings: day granularity, finishes may move, weighted deadlines, tentative bookings
    /// kept, a horizon of two years, the solver's defaults.</summary>
    public static PlanningOptions Default { get; } = new();

    /// <summary>Gets the period the planner levels in; a working day by default.</summary>
    public PlanningGranularity Granularity { get; init; }

    /// <summary>Gets the calendar whose working days (or hours) are the periods; the first project's calendar when
    /// null. Activities on other calendars are converted to it, and their exact dates come from their own
    /// calendars.</summary>
    public WorkCalendar? Calendar { get; init; }

    /// <summary>Gets whether projects may only be levelled within their total float: each project's unlevelled finish
    /// then counts as a hard deadline, and any project that must still move is reported. False by default: finishes
    /// move as the capacity requires.</summary>
    public bool LevelWithinFloat { get; init; }

    /// <summary>Gets how deadlines count; weighted by priority by default.</summary>
    public DeadlineRule Deadlines { get; init; }

    /// <summary>Gets whether tentative existing bookings may be replaced by the plan: when true they take no capacity
    /// and the plan says which it replaced. False by default: every existing booking takes its capacity.</summary>
    public bool ReplaceTentativeBookings { get; init; }

    /// <summary>Gets how far past the status date the planner looks, in days; 730 by default. Work that cannot fit
    /// before it is planned after it on full capacity and reported.</summary>
    public int HorizonDays { get; init; } = 730;

    /// <summary>Gets the limits and seed of the levelling search; <see cref="SolverOptions.Default"/> by
    /// default.</summary>
    public SolverOptions Solver { get; init; } = SolverOptions.Default;

    /// <summary>Gets the cost of an hour of a person's work on a date (their rate card in force), if known; the plan's
    /// staffing cost sums it over every booked hour.</summary>
    public Func<Resource, LocalDate, Money?>? HourlyRate { get; init; }
}

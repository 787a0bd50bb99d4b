using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Reporting;

/// <summary>Where an activity stands against its baseline.</summary>
public enum CompletionState
{
    /// <summary>Finished no later than its baseline finish.</summary>
    CompletedOnTime,

    /// <summary>Finished after its baseline finish.</summary>
    CompletedLate,

    /// <summary>Not finished; forecast to finish by its baseline finish.</summary>
    OnTrack,

    /// <summary>Not finished; forecast to finish after its baseline finish.</summary>
    Slipping,

    /// <summary>Not in the baseline (added since).</summary>
    NotInBaseline,
}

/// <summary>One activity against its baseline.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsMilestone">Whether it is a milestone.</param>
/// <param name="State">Where it stands.</param>
/// <param name="BaselineFinish">Its baseline finish, if it has one.</param>
/// <param name="Finish">Its actual finish, or its forecast finish when not finished.</param>
/// <param name="FinishVariance">Finish minus baseline finish (positive when late); zero without a baseline.</param>
public sealed record ActivityCompletion(ActivityId Activity, string Name, bool IsMilestone, CompletionState State, LocalDateTime? BaselineFinish, LocalDateTime Finish, Duration FinishVariance);

/// <summary>Task completion of a project against its baseline: what finished on time, late, and what is slipping.</summary>
public sealed record CompletionReport
{
    private CompletionReport(ProjectId project, ImmutableArray<ActivityCompletion> activities)
    {
        Project = project;
        Activities = activities;
    }

    /// <summary>Gets the project.</summary>
    public ProjectId Project { get; }

    /// <summary>Gets every task and milestone (not summaries), in the project's order.</summary>
    public ImmutableArray<ActivityCompletion> Activities { get; }

    /// <summary>Returns how many activities are in a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The count.</returns>
    public int Count(CompletionState state) => Activities.Count(a => a.State == state);

    /// <summary>Builds the report.</summary>
    /// <param name="schedule">The current schedule (with progress).</param>
    /// <param name="baseline">The baseline to hold it against.</param>
    /// <returns>The report.</returns>
    public static CompletionReport From(ScheduleResult schedule, Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(baseline);
        var rows = ImmutableArray.CreateBuilder<ActivityCompletion>();
        foreach (Activity activity in schedule.Project.Activities.Where(a => a.Kind != ActivityKind.Summary))
        {
            ActivitySchedule dates = schedule[activity.Id];
            bool finished = activity.IsFinished;
            LocalDateTime finish = activity.ActualFinish ?? dates.Finish;
            if (!baseline.TryGetEntry(activity.Id, out BaselineEntry? entry))
            {
                rows.Add(new ActivityCompletion(activity.Id, activity.Name, activity.Kind == ActivityKind.Milestone, CompletionState.NotInBaseline, null, finish, Duration.Zero));
                continue;
            }
            bool late = finish > entry.Finish;
            CompletionState state = finished
                ? late ? CompletionState.CompletedLate : CompletionState.CompletedOnTime
                : late ? CompletionState.Slipping : CompletionState.OnTrack;
            rows.Add(new ActivityCompletion(activity.Id, activity.Name, activity.Kind == ActivityKind.Milestone, state, entry.Finish, finish,
                Moments.Between(entry.Finish, finish)));
        }
        return new CompletionReport(schedule.Project.Id, rows.ToImmutable());
    }
}

/// <summary>A milestone's forecast finish as seen at one status date.</summary>
/// <param name="StatusDate">The status date.</param>
/// <param name="Forecast">The forecast finish then.</param>
public sealed record MilestoneForecast(LocalDate StatusDate, LocalDateTime Forecast);

/// <summary>A milestone's forecast finish at each status date: the milestone trend chart.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Name">Its name.</param>
/// <param name="Points">The forecast finish at each status date, earliest status date first.</param>
public sealed record MilestoneTrend(ActivityId Milestone, string Name, ImmutableArray<MilestoneForecast> Points)
{
    /// <summary>Gets how far the forecast moved from the first status date to the last (positive when it slipped).</summary>
    public Duration Drift => Points.Length < 2 ? Duration.Zero
        : Moments.Between(Points[0].Forecast, Points[^1].Forecast);

    /// <summary>Gets whether the forecast moved later from one status date to the last.</summary>
    public bool IsSlipping => Drift > Duration.Zero;

    /// <summary>Builds the trend of every milestone from schedules at successive status dates.</summary>
    /// <param name="snapshots">The schedules, each with its status date.</param>
    /// <returns>One trend per milestone of the latest schedule, in its order.</returns>
    public static ImmutableArray<MilestoneTrend> From(IEnumerable<(LocalDate StatusDate, ScheduleResult Schedule)> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var ordered = snapshots.OrderBy(s => s.StatusDate).ToList();
        if (ordered.Count == 0)
        {
            return [];
        }
        return [.. ordered[^1].Schedule.Project.Activities.Where(a => a.Kind == ActivityKind.Milestone).Select(m => new MilestoneTrend(m.Id, m.Name,
            [.. ordered.Where(s => s.Schedule.Project.TryGetActivity(m.Id, out _)).Select(s => new MilestoneForecast(s.StatusDate, s.Schedule[m.Id].Finish))]))];
    }
}

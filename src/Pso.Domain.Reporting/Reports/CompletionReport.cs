using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Reporting.Reports;

/// <summary>Task completion of a project against its baseline: what finished on time, late, and what is
/// slipping.</summary>
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
                rows.Add(
                    new ActivityCompletion(
                        activity.Id,
                        activity.Name,
                        activity.Kind == ActivityKind.Milestone,
                        CompletionState.NotInBaseline,
                        null,
                        finish,
                        Duration.Zero
                    )
                );
                continue;
            }
            bool late = finish > entry.Finish;
            CompletionState state = finished
                ? late
                    ? CompletionState.CompletedLate
                    : CompletionState.CompletedOnTime
                : late
                    ? CompletionState.Slipping
                    : CompletionState.OnTrack;
            rows.Add(
                new ActivityCompletion(
                    activity.Id,
                    activity.Name,
                    activity.Kind == ActivityKind.Milestone,
                    state,
                    entry.Finish,
                    finish,
                    Moments.Between(entry.Finish, finish)
                )
            );
        }
        return new CompletionReport(schedule.Project.Id, rows.ToImmutable());
    }
}

using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Scheduling.Cpm;
using Pso.Domain.Testing;

namespace Pso.Domain.Scheduling.Tests;

public class CpmProperties
{
    private static readonly CpmScheduler Scheduler = new();

    [SeededProperty(typeof(NetworkArbitraries))]
    public bool Every_activity_starts_no_earlier_than_its_predecessors_allow(RandomNetwork network)
    {
        Project project = network.Project;
        ScheduleResult result = Scheduler.Schedule(project);
        WorkCalendar calendar = project.Calendar;
        return project.Dependencies.All(link =>
            {
                ActivitySchedule from = result[link.Predecessor];
                ActivitySchedule to = result[link.Successor];
                LocalDateTime driver = link.Type is DependencyType.FinishToStart or DependencyType.FinishToFinish
                    ? from.EarlyFinish
                    : from.EarlyStart;
                LocalDateTime bound = calendar.AddWorkingTime(driver, link.Lag.Time);
                LocalDateTime driven = link.Type is DependencyType.FinishToStart or DependencyType.StartToStart
                    ? to.EarlyStart
                    : to.EarlyFinish;
                return calendar.WorkingTimeBetween(bound, driven) >= Duration.Zero;
            }) && result.Activities.All(a => calendar.WorkingTimeBetween(project.Start, a.EarlyStart) >= Duration.Zero);
    }

    [SeededProperty(typeof(NetworkArbitraries))]
    public bool Late_dates_never_precede_early_dates_and_total_float_bounds_free_float(RandomNetwork network)
    {
        ScheduleResult result = Scheduler.Schedule(network.Project);
        return result.Activities.All(a =>
                a.LateStart >= a.EarlyStart
                && a.LateFinish >= a.EarlyFinish
                && a.TotalFloat >= a.FreeFloat
                && a.FreeFloat >= Duration.Zero
            ) && result.Warnings.IsEmpty;
    }

    [SeededProperty(typeof(NetworkArbitraries))]
    public bool The_critical_path_runs_from_the_start_to_the_finish_without_gaps(RandomNetwork network)
    {
        Project project = network.Project;
        ScheduleResult result = Scheduler.Schedule(project);
        WorkCalendar calendar = project.Calendar;
        var critical = result.CriticalPath.ToHashSet();
        bool reachesFinish = result.CriticalPath.Any(id =>
            calendar.WorkingTimeBetween(result[id].EarlyFinish, result.Finish) == Duration.Zero
        );
        bool connected = result.CriticalPath.All(id =>
            calendar.WorkingTimeBetween(project.Start, result[id].EarlyStart) == Duration.Zero
            || project.Dependencies.Any(link => link.Successor == id && critical.Contains(link.Predecessor))
            || (
                project.Activities.First(a => a.Id == id).Duration > Duration.Zero
                && project.Dependencies.Any(link =>
                    link.Successor == id && link.Type is DependencyType.FinishToFinish or DependencyType.StartToFinish
                )
            )
        );
        return critical.Count > 0 && reachesFinish && connected;
    }

    [SeededProperty(typeof(NetworkArbitraries))]
    public bool Without_constraints_the_longest_path_is_critical_by_float_too(RandomNetwork network)
    {
        ScheduleResult byFloat = Scheduler.Schedule(network.Project);
        ScheduleResult longest = new CpmScheduler(
            CpmOptions.Default with
            {
                CriticalPath = CriticalPathDefinition.LongestPath,
            }
        ).Schedule(network.Project);
        return !longest.CriticalPath.IsEmpty && longest.CriticalPath.All(id => byFloat[id].IsCritical);
    }

    [SeededProperty(typeof(NetworkArbitraries))]
    public bool Rescheduling_a_scheduled_network_changes_nothing(RandomNetwork network)
    {
        Project project = network.Project;
        ScheduleResult first = Scheduler.Schedule(project);
        Project pinned = new(
            project.Id,
            project.Name,
            project.Calendar,
            project.Start,
            project.Activities.Select(a =>
                a with
                {
                    Constraint = ScheduleConstraint.On(ConstraintType.StartNoEarlierThan, first[a.Id].EarlyStart),
                }
            ),
            project.Dependencies
        );
        ScheduleResult again = Scheduler.Schedule(pinned);
        ScheduleResult twice = Scheduler.Schedule(project);
        return project.Activities.All(a =>
            again[a.Id].EarlyStart == first[a.Id].EarlyStart
            && again[a.Id].EarlyFinish == first[a.Id].EarlyFinish
            && twice[a.Id] == first[a.Id]
        );
    }
}

public class WorkingTimeLineProperties
{
    private static readonly CpmScheduler OnLine = new();
    private static readonly CpmScheduler OnMoments = new(null, useTimeLine: false);

    [SeededProperty(typeof(RichNetworkArbitraries))]
    public bool Scheduling_on_the_working_time_line_gives_the_dates_of_scheduling_on_moments(RichNetwork network)
    {
        ScheduleResult fast = OnLine.Schedule(network.Project);
        ScheduleResult reference = OnMoments.Schedule(network.Project);
        return fast.Activities.SequenceEqual(reference.Activities)
            && fast.Finish == reference.Finish
            && fast.CriticalPath.SequenceEqual(reference.CriticalPath)
            && fast.Warnings.SequenceEqual(reference.Warnings)
            && fast.MinimumFloat == reference.MinimumFloat;
    }
}

using System.Collections.Generic;
using Pso.Domain.Calendars;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Allocation.Planning;

/// <summary>An activity as the planner sees it: where it sits before levelling, in periods, and what it
/// needs.</summary>
internal sealed class PlanTask
{
    internal PlanTask(ActivityRef reference, int project, Activity activity, WorkCalendar calendar, ActivitySchedule at)
    {
        Ref = reference;
        Project = project;
        Activity = activity;
        Calendar = calendar;
        Unlevelled = at;
    }

    internal ActivityRef Ref { get; }

    /// <summary>Gets the index of its project in the portfolio.</summary>
    internal int Project { get; }

    internal Activity Activity { get; }

    internal WorkCalendar Calendar { get; }

    internal ActivitySchedule Unlevelled { get; }

    /// <summary>Gets or sets whether levelling may hold it back (a task not started, finished or pinned).</summary>
    internal bool Levelled { get; set; }

    /// <summary>Gets or sets its index in the levelling problem, or -1.</summary>
    internal int Index { get; set; } = -1;

    internal int Release { get; set; }

    internal int Duration { get; set; }

    internal List<PlanNeed> Needs { get; } = [];
}

/// <summary>One requirement of a task: who may meet it, how many units, and who the planner gave it to.</summary>
internal sealed class PlanNeed
{
    internal PlanNeed(ResourceRequirement requirement, int[] qualified, int units)
    {
        Requirement = requirement;
        Qualified = qualified;
        Units = units;
    }

    internal ResourceRequirement Requirement { get; }

    /// <summary>Gets the indexes in the pool of the people who meet it.</summary>
    internal int[] Qualified { get; }

    /// <summary>Gets the units needed, in hundredths of a person.</summary>
    internal int Units { get; }

    /// <summary>Gets or sets who gives how many hundredths.</summary>
    internal List<(int Person, int Units)> Assigned { get; set; } = [];
}

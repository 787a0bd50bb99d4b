using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>A feasible schedule of a levelling problem.</summary>
public sealed class LevellingSolution
{
    internal LevellingSolution(
        LevellingProblem problem,
        ImmutableArray<int> starts,
        SolutionStatus status,
        long schedules,
        string strategy,
        ImmutableArray<ScheduleViolation> violations
    )
    {
        Problem = problem;
        Starts = starts;
        Status = status;
        Schedules = schedules;
        Strategy = strategy;
        Makespan = problem.Activities.Select((a, i) => starts[i] + a.Duration).DefaultIfEmpty(0).Max();
        DenseModel m = problem.Model;
        int[] finish = m.ProjectFinishes(starts.AsSpan());
        _finishes = m.Projects.Select((p, i) => (p, finish[i])).ToDictionary(x => x.p, x => x.Item2);
        (long tardiness, long delay) = m.ProjectPenalties(starts.AsSpan());
        long scale = (long)m.Horizon + 1;
        Score = new Score([
            ScoreTerm.Broken(ViolationKind.Precedence, violations),
            ScoreTerm.Broken(ViolationKind.Capacity, violations),
            new ScoreTerm(
                ScoreTerms.WeightedTardiness,
                ScoreLevel.Soft,
                tardiness,
                problem.Objective == LevellingObjective.WeightedTardiness ? tardiness * scale : 0
            ),
            new ScoreTerm(
                ScoreTerms.ProjectDelay,
                ScoreLevel.Soft,
                delay,
                problem.Objective == LevellingObjective.TotalProjectDelay ? delay * scale : 0
            ),
            new ScoreTerm(ScoreTerms.Makespan, ScoreLevel.Soft, Makespan, Makespan),
        ]);
    }

    private readonly Dictionary<ProjectId, int> _finishes;

    /// <summary>Gets the score: <c>precedence</c> and <c>capacity</c> (hard, always 0), then <c>weighted-tardiness</c>,
    /// <c>project-delay</c> and <c>makespan</c> (soft). The objective's term weighs more than any makespan, so the soft
    /// level orders schedules by the objective, then by makespan; the other terms are reported with no
    /// weight.</summary>
    public Score Score { get; }

    /// <summary>Gets the period in which a project's last activity finishes.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The period.</returns>
    /// <exception cref="UnknownIdException">The problem has no such project.</exception>
    public int FinishOf(ProjectId project) =>
        _finishes.TryGetValue(project, out int finish)
            ? finish
            : throw new UnknownIdException(
                AllocationErrorCodes.UnknownProject,
                project.Value,
                $"The problem has no project '{project}'."
            );

    /// <summary>Gets the problem solved.</summary>
    public LevellingProblem Problem { get; }

    /// <summary>Gets each activity's start period, in the problem's order of activities.</summary>
    public ImmutableArray<int> Starts { get; }

    /// <summary>Gets the period in which the last activity finishes.</summary>
    public int Makespan { get; }

    /// <summary>Gets how the run ended.</summary>
    public SolutionStatus Status { get; }

    /// <summary>Gets how many schedules were generated.</summary>
    public long Schedules { get; }

    /// <summary>Gets the name of the strategy that found it.</summary>
    public string Strategy { get; }

    /// <summary>Gets an activity's start period.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The period.</returns>
    /// <exception cref="UnknownIdException">The problem has no such activity.</exception>
    public int StartOf(ActivityId activity) =>
        Problem.TryIndexOf(activity, out int i)
            ? Starts[i]
            : throw new UnknownIdException(
                AllocationErrorCodes.UnknownActivity,
                activity.Value,
                $"The problem has no activity '{activity}'."
            );
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>A checked plan of who does what.</summary>
public sealed class StaffingSolution
{
    internal StaffingSolution(
        StaffingProblem problem,
        ImmutableArray<ResourceAssignment> assignments,
        SolutionStatus status,
        string strategy,
        ImmutableArray<ScheduleViolation> violations
    )
    {
        Problem = problem;
        Assignments = assignments;
        Status = status;
        Strategy = strategy;
        (Score, Unfilled) = Evaluate(problem, assignments, violations);
    }

    /// <summary>Gets the problem solved.</summary>
    public StaffingProblem Problem { get; }

    /// <summary>Gets every assignment, pinned ones first.</summary>
    public ImmutableArray<ResourceAssignment> Assignments { get; }

    /// <summary>Gets how the run ended: optimal when the strategy proved no plan scores better.</summary>
    public SolutionStatus Status { get; }

    /// <summary>Gets the name of the strategy that made the plan.</summary>
    public string Strategy { get; }

    /// <summary>Gets the score: <c>capacity</c> and <c>qualification</c> (hard, always 0), <c>unfilled-work</c>
    /// (medium, units times the demands' weights), then <c>cost</c>, <c>over-qualification</c>, <c>preference</c> and
    /// <c>continuity</c> (soft, weighted by the problem's objective).</summary>
    public Score Score { get; }

    /// <summary>Gets every demand left (partly) unfilled, with the reason.</summary>
    public ImmutableArray<UnfilledDemand> Unfilled { get; }

    private static (Score, ImmutableArray<UnfilledDemand>) Evaluate(
        StaffingProblem problem,
        ImmutableArray<ResourceAssignment> assignments,
        ImmutableArray<ScheduleViolation> violations
    )
    {
        StaffingObjective w = problem.Objective;
        int[] filled = new int[problem.Demands.Length];
        decimal cost = 0;
        long overQualification = 0;
        long notPreferred = 0;
        long newcomers = 0;
        foreach (ResourceAssignment a in assignments)
        {
            problem.TryDemandIndex(a.Demand, a.Period, out int d);
            problem.TryCandidateIndex(a.Resource, out int c);
            StaffingDemand demand = problem.Demands[d];
            Candidate person = problem.Candidates[c];
            filled[d] += a.Units;
            cost += a.Units * (person.CostRate?.Amount ?? 0);
            overQualification += a.Units * (long)StaffingProblem.OverQualification(demand, person);
            notPreferred += !demand.Preferred.IsEmpty && !demand.Preferred.Contains(person.Id) ? a.Units : 0;
            newcomers += person.Projects.Contains(demand.Project) ? 0 : a.Units;
        }
        long unfilledUnits = 0;
        long unfilledPenalty = 0;
        var unfilled = ImmutableArray.CreateBuilder<UnfilledDemand>();
        for (int d = 0; d < filled.Length; d++)
        {
            StaffingDemand demand = problem.Demands[d];
            int missing = demand.Units - filled[d];
            if (missing > 0)
            {
                unfilledUnits += missing;
                unfilledPenalty += (long)missing * demand.Weight;
                unfilled.Add(Explain(problem, d, missing));
            }
        }
        long minor = problem.Currency.MinorUnit == 0 ? 0 : (long)(cost / problem.Currency.MinorUnit);
        var score = new Score([
            ScoreTerm.Broken(ViolationKind.Capacity, violations),
            ScoreTerm.Broken(ViolationKind.Qualification, violations),
            new ScoreTerm(ScoreTerms.UnfilledWork, ScoreLevel.Medium, unfilledUnits, unfilledPenalty),
            new ScoreTerm(ScoreTerms.Cost, ScoreLevel.Soft, cost, checked(minor * w.Cost)),
            new ScoreTerm(
                ScoreTerms.OverQualification,
                ScoreLevel.Soft,
                overQualification,
                checked(overQualification * w.OverQualification)
            ),
            new ScoreTerm(ScoreTerms.Preference, ScoreLevel.Soft, notPreferred, checked(notPreferred * w.Preference)),
            new ScoreTerm(ScoreTerms.Continuity, ScoreLevel.Soft, newcomers, checked(newcomers * w.Continuity)),
        ]);
        return (score, unfilled.ToImmutable());
    }

    private static UnfilledDemand Explain(StaffingProblem problem, int d, int missing)
    {
        StaffingDemand demand = problem.Demands[d];
        List<Candidate> qualified = [.. problem.Candidates.Where(c => StaffingProblem.Qualifies(demand, c))];
        string needs = demand.Role is RoleId role ? $"role '{role}'" : "no particular role";
        if (!demand.Skills.IsEmpty)
        {
            needs +=
                " and "
                + string.Join(", ", demand.Skills.Select(s => $"{s.Skill} at level {s.MinimumProficiency} or above"));
        }
        string head = $"Demand '{demand.Id}' lacks {missing} of {demand.Units} units in period {demand.Period}: ";
        if (qualified.Count == 0)
        {
            return new UnfilledDemand(
                demand.Id,
                demand.Period,
                missing,
                UnfilledReason.NobodyQualified,
                head + $"nobody has {needs}."
            );
        }
        string names =
            string.Join(", ", qualified.Take(5).Select(c => $"'{c.Id}'"))
            + (qualified.Count > 5 ? $" and {qualified.Count - 5} more" : "");
        string who =
            qualified.Count == 1
                ? $"the one person qualified ({names}) has"
                : $"the {qualified.Count} people qualified ({names}) have";
        string whose =
            qualified.Count == 1
                ? $"the capacity of the one person qualified ({names})"
                : $"the capacity of the {qualified.Count} people qualified ({names})";
        return qualified.All(c => c.CapacityIn(demand.Period) == 0)
            ? new UnfilledDemand(
                demand.Id,
                demand.Period,
                missing,
                UnfilledReason.QualifiedPeopleUnavailable,
                head + $"{who} no capacity in that period."
            )
            : new UnfilledDemand(
                demand.Id,
                demand.Period,
                missing,
                UnfilledReason.QualifiedPeopleFullyBooked,
                head + $"{whose} in that period is taken by other demands or pinned assignments."
            );
    }
}

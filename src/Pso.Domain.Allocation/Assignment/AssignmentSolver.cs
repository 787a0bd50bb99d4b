using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation;

/// <summary>
/// Runs an assignment strategy, checks its plan with the independent <see cref="AssignmentChecker"/>, and returns it
/// with its score per named term and an explanation for every demand left (partly) unfilled.
/// </summary>
public sealed class AssignmentSolver
{
    /// <summary>Initialises a solver with a strategy.</summary>
    /// <param name="strategy">The strategy; <see cref="MinCostFlowAssignment"/> when null.</param>
    public AssignmentSolver(IAssignmentStrategy? strategy = null) => Strategy = strategy ?? new MinCostFlowAssignment();

    /// <summary>Gets the strategy.</summary>
    public IAssignmentStrategy Strategy { get; }

    /// <summary>Fills a problem's demands.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Limits; <see cref="SolverOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the run early; what is assigned so far is returned, marked cancelled.</param>
    /// <returns>The checked, scored plan.</returns>
    /// <exception cref="InvalidOperationException">The strategy returned a plan that breaks the problem's rules (a fault in
    /// the strategy); the message lists the violations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting of <paramref name="options"/> is out of its range
    /// (<see cref="SolverOptions.Validate"/>).</exception>
    public AssignmentSolution Solve(AssignmentProblem problem, SolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options = (options ?? SolverOptions.Default).Validate(nameof(options));
        AssignmentResult result = Strategy.Solve(problem, options, cancellationToken);
        ImmutableArray<ResourceAssignment> all = [.. problem.Pinned, .. result.Assignments];
        ImmutableArray<ScheduleViolation> violations = AssignmentChecker.Check(problem, all);
        if (!violations.IsEmpty)
        {
            throw new InvalidOperationException($"Strategy '{Strategy.Name}' returned an infeasible plan: {string.Join("; ", violations.Take(5).Select(v => v.Message))}");
        }
        SolutionStatus status = cancellationToken.IsCancellationRequested ? SolutionStatus.Cancelled
            : result.ProvenOptimal ? SolutionStatus.Optimal : SolutionStatus.Feasible;
        return new AssignmentSolution(problem, all, status, Strategy.Name);
    }
}

/// <summary>A checked plan of who does what.</summary>
public sealed class AssignmentSolution
{
    internal AssignmentSolution(AssignmentProblem problem, ImmutableArray<ResourceAssignment> assignments, SolutionStatus status, string strategy)
    {
        Problem = problem;
        Assignments = assignments;
        Status = status;
        Strategy = strategy;
        (Score, Unfilled) = Evaluate(problem, assignments);
    }

    /// <summary>Gets the problem solved.</summary>
    public AssignmentProblem Problem { get; }

    /// <summary>Gets every assignment, pinned ones first.</summary>
    public ImmutableArray<ResourceAssignment> Assignments { get; }

    /// <summary>Gets how the run ended: optimal when the strategy proved no plan scores better.</summary>
    public SolutionStatus Status { get; }

    /// <summary>Gets the name of the strategy that made the plan.</summary>
    public string Strategy { get; }

    /// <summary>Gets the score: <c>capacity</c> and <c>qualification</c> (hard, always 0), <c>unfilled-work</c> (medium,
    /// units times the demands' weights), then <c>cost</c>, <c>over-qualification</c>, <c>preference</c> and
    /// <c>continuity</c> (soft, weighted by the problem's objective).</summary>
    public Score Score { get; }

    /// <summary>Gets every demand left (partly) unfilled, with the reason.</summary>
    public ImmutableArray<UnfilledDemand> Unfilled { get; }

    private static (Score, ImmutableArray<UnfilledDemand>) Evaluate(AssignmentProblem problem, ImmutableArray<ResourceAssignment> assignments)
    {
        AssignmentObjective w = problem.Objective;
        int[] filled = new int[problem.Demands.Length];
        decimal cost = 0;
        long overQualification = 0, notPreferred = 0, newcomers = 0;
        foreach (ResourceAssignment a in assignments)
        {
            problem.TryDemandIndex(a.Demand, a.Period, out int d);
            problem.TryCandidateIndex(a.Resource, out int c);
            AssignmentDemand demand = problem.Demands[d];
            Candidate person = problem.Candidates[c];
            filled[d] += a.Units;
            cost += a.Units * (person.CostRate?.Amount ?? 0);
            overQualification += a.Units * (long)AssignmentProblem.OverQualification(demand, person);
            notPreferred += !demand.Preferred.IsEmpty && !demand.Preferred.Contains(person.Id) ? a.Units : 0;
            newcomers += person.Projects.Contains(demand.Project) ? 0 : a.Units;
        }
        long unfilledUnits = 0, unfilledPenalty = 0;
        var unfilled = ImmutableArray.CreateBuilder<UnfilledDemand>();
        for (int d = 0; d < filled.Length; d++)
        {
            AssignmentDemand demand = problem.Demands[d];
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
            new ScoreTerm("capacity", ScoreLevel.Hard, 0, 0),
            new ScoreTerm("qualification", ScoreLevel.Hard, 0, 0),
            new ScoreTerm("unfilled-work", ScoreLevel.Medium, unfilledUnits, unfilledPenalty),
            new ScoreTerm("cost", ScoreLevel.Soft, cost, checked(minor * w.Cost)),
            new ScoreTerm("over-qualification", ScoreLevel.Soft, overQualification, checked(overQualification * w.OverQualification)),
            new ScoreTerm("preference", ScoreLevel.Soft, notPreferred, checked(notPreferred * w.Preference)),
            new ScoreTerm("continuity", ScoreLevel.Soft, newcomers, checked(newcomers * w.Continuity)),
        ]);
        return (score, unfilled.ToImmutable());
    }

    private static UnfilledDemand Explain(AssignmentProblem problem, int d, int missing)
    {
        AssignmentDemand demand = problem.Demands[d];
        List<Candidate> qualified = [.. problem.Candidates.Where(c => AssignmentProblem.Qualifies(demand, c))];
        string needs = demand.Role is RoleId role ? $"role '{role}'" : "no particular role";
        if (!demand.Skills.IsEmpty)
        {
            needs += " and " + string.Join(", ", demand.Skills.Select(s => $"{s.Skill} at level {s.MinimumProficiency} or above"));
        }
        string head = $"Demand '{demand.Id}' lacks {missing} of {demand.Units} units in period {demand.Period}: ";
        if (qualified.Count == 0)
        {
            return new UnfilledDemand(demand.Id, demand.Period, missing, UnfilledReason.NobodyQualified, head + $"nobody has {needs}.");
        }
        string names = string.Join(", ", qualified.Take(5).Select(c => $"'{c.Id}'")) + (qualified.Count > 5 ? $" and {qualified.Count - 5} more" : "");
        string who = qualified.Count == 1 ? $"the one person qualified ({names}) has" : $"the {qualified.Count} people qualified ({names}) have";
        string whose = qualified.Count == 1 ? $"the capacity of the one person qualified ({names})" : $"the capacity of the {qualified.Count} people qualified ({names})";
        return qualified.All(c => c.CapacityIn(demand.Period) == 0)
            ? new UnfilledDemand(demand.Id, demand.Period, missing, UnfilledReason.QualifiedPeopleUnavailable,
                head + $"{who} no capacity in that period.")
            : new UnfilledDemand(demand.Id, demand.Period, missing, UnfilledReason.QualifiedPeopleFullyBooked,
                head + $"{whose} in that period is taken by other demands or pinned assignments.");
    }
}

/// <summary>A demand left (partly) unfilled, and why.</summary>
/// <param name="Demand">The demand.</param>
/// <param name="Period">The period.</param>
/// <param name="Units">The units unfilled.</param>
/// <param name="Reason">Why, in a word.</param>
/// <param name="Explanation">Why, in a sentence naming the demand, its needs and the people considered.</param>
public sealed record UnfilledDemand(DemandId Demand, int Period, int Units, UnfilledReason Reason, string Explanation);

/// <summary>Why a demand is left unfilled.</summary>
public enum UnfilledReason
{
    /// <summary>Nobody has the role and skills it needs.</summary>
    NobodyQualified = 0,

    /// <summary>The people who qualify have no capacity in its period (absence, calendar, end of contract).</summary>
    QualifiedPeopleUnavailable = 1,

    /// <summary>The people who qualify are fully booked in its period by other demands or pinned assignments.</summary>
    QualifiedPeopleFullyBooked = 2,
}

/// <summary>
/// Checks a plan of assignments against a problem's rules, independently of any strategy: every assignment names a
/// known demand and person and has units; the person qualifies; nobody works beyond their capacity in a period, nor in a
/// period in which they have none; no demand gets more than it wants; every pinned assignment is kept.
/// </summary>
public static class AssignmentChecker
{
    /// <summary>Checks a plan.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="assignments">Every assignment, pinned ones included.</param>
    /// <returns>Every violation; empty when the plan is feasible.</returns>
    public static ImmutableArray<ScheduleViolation> Check(AssignmentProblem problem, IEnumerable<ResourceAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(assignments);
        var found = ImmutableArray.CreateBuilder<ScheduleViolation>();
        var used = new Dictionary<(ResourceId, int), int>();
        var filled = new Dictionary<int, int>();
        var given = new List<ResourceAssignment>();
        foreach (ResourceAssignment a in assignments)
        {
            given.Add(a);
            if (!problem.TryDemandIndex(a.Demand, a.Period, out int d) || !problem.TryCandidateIndex(a.Resource, out int c))
            {
                found.Add(new ScheduleViolation(ViolationKind.Incomplete, null, $"An assignment names demand '{a.Demand}' in period {a.Period} or person '{a.Resource}', unknown to the problem."));
                continue;
            }
            AssignmentDemand demand = problem.Demands[d];
            Candidate person = problem.Candidates[c];
            if (a.Units <= 0)
            {
                found.Add(new ScheduleViolation(ViolationKind.Incomplete, demand.Activity, $"The assignment of '{a.Resource}' to '{a.Demand}' has {a.Units} units."));
            }
            if (!AssignmentProblem.Qualifies(demand, person))
            {
                found.Add(new ScheduleViolation(ViolationKind.Qualification, demand.Activity, $"'{a.Resource}' does not have the role or skills demand '{a.Demand}' needs."));
            }
            if (person.CapacityIn(a.Period) == 0)
            {
                found.Add(new ScheduleViolation(ViolationKind.Calendar, demand.Activity, $"'{a.Resource}' has no working time in period {a.Period}."));
            }
            used[(a.Resource, a.Period)] = used.GetValueOrDefault((a.Resource, a.Period)) + a.Units;
            filled[d] = filled.GetValueOrDefault(d) + a.Units;
        }
        foreach (((ResourceId resource, int period), int units) in used)
        {
            problem.TryCandidateIndex(resource, out int c);
            int capacity = problem.Candidates[c].CapacityIn(period);
            if (units > capacity && capacity > 0)
            {
                found.Add(new ScheduleViolation(ViolationKind.Capacity, null, $"'{resource}' is given {units} units in period {period}; their capacity is {capacity}."));
            }
        }
        foreach ((int d, int units) in filled)
        {
            AssignmentDemand demand = problem.Demands[d];
            if (units > demand.Units)
            {
                found.Add(new ScheduleViolation(ViolationKind.Overfilled, demand.Activity, $"Demand '{demand.Id}' gets {units} units in period {demand.Period}; it wants {demand.Units}."));
            }
        }
        foreach (ResourceAssignment pin in problem.Pinned.Where(p => !given.Contains(p)))
        {
            found.Add(new ScheduleViolation(ViolationKind.Pinned, null, $"The pinned assignment of '{pin.Resource}' to '{pin.Demand}' in period {pin.Period} is missing."));
        }
        return found.ToImmutable();
    }
}

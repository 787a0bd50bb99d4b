using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Google.OrTools.Sat;
using Pso.Domain.Allocation.Staffing;

namespace Pso.Domain.Allocation.OrTools;

/// <summary>
/// Assignment by Google OR-Tools' CP-SAT solver: an integer of units per qualified demand-to-person arc, each demand
/// filled at most to its units, each person at most to their capacity left in the period, and the weighted unfilled
/// units (dearer than every soft penalty together) plus the soft points minimised. Runs for the options' time limit
/// (<see cref="DefaultTimeLimit"/> when none) on <see cref="SolverOptions.DegreeOfParallelism"/> workers; proven
/// optimal when CP-SAT says so.
/// </summary>
public sealed class CpSatStaffing : IStaffingStrategy
{
    /// <summary>Gets the time limit used when the options set none; 60 seconds by default.</summary>
    public TimeSpan DefaultTimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc/>
    public string Name => "cpsat";

    /// <inheritdoc/>
    public StaffingResult Solve(StaffingProblem problem, SolverOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var net = new StaffingNetwork(problem);
        var model = new CpModel();
        var units = new IntVar[net.Arcs.Count];
        var byDemand = new List<IntVar>[problem.Demands.Length];
        var byPerson = new Dictionary<(int, int), List<IntVar>>();
        var objective = LinearExpr.NewBuilder();
        for (int a = 0; a < units.Length; a++)
        {
            (int d, int c, long cost) = net.Arcs[a];
            units[a] = model.NewIntVar(0, Math.Max(0, net.Need[d]), "x");
            (byDemand[d] ??= []).Add(units[a]);
            (int, int) key = (c, problem.Demands[d].Period);
            if (!byPerson.TryGetValue(key, out List<IntVar>? list))
            {
                byPerson[key] = list = [];
            }
            list.Add(units[a]);
            objective.AddTerm(units[a], cost);
        }
        for (int d = 0; d < problem.Demands.Length; d++)
        {
            int need = Math.Max(0, net.Need[d]);
            IntVar unfilled = model.NewIntVar(0, need, "u");
            model.Add(LinearExpr.Sum((byDemand[d] ?? []).Append(unfilled)) == need);
            objective.AddTerm(unfilled, checked(net.UnfilledPenalty * problem.Demands[d].Weight));
        }
        foreach (((int c, int period), List<IntVar> list) in byPerson)
        {
            model.Add(LinearExpr.Sum(list) <= Math.Max(0, net.Left(c, period)));
        }
        model.Minimize(objective);
        using CpSolver solver = CpSat.Solver(options, DefaultTimeLimit);
        using CancellationTokenRegistration stop = cancellationToken.Register(solver.StopSearch);
        CpSolverStatus status = solver.Solve(model, null);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new StaffingResult([], false);
        }
        var assignments = ImmutableArray.CreateBuilder<ResourceAssignment>();
        for (int a = 0; a < units.Length; a++)
        {
            long value = solver.Value(units[a]);
            if (value > 0)
            {
                StaffingDemand demand = problem.Demands[net.Arcs[a].Demand];
                assignments.Add(
                    new ResourceAssignment(
                        demand.Id,
                        demand.Period,
                        problem.Candidates[net.Arcs[a].Candidate].Id,
                        (int)value
                    )
                );
            }
        }
        return new StaffingResult(assignments.ToImmutable(), status == CpSolverStatus.Optimal);
    }
}

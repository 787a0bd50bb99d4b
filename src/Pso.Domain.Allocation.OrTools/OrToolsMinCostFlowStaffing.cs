using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Google.OrTools.Graph;
using Pso.Domain.Allocation.Staffing;

namespace Pso.Domain.Allocation.OrTools;

/// <summary>
/// Exact assignment by Google OR-Tools' min-cost flow, built from the problem's public definition: demands send their
/// units to qualified people's capacity in the demand's period (less pinned assignments) at the objective's cost per
/// unit, or to an unfilled arc dearer than every plan's soft penalty. A second engine beside
/// <see cref="MinCostFlowStaffing"/>, and its cross-check.
/// </summary>
public sealed class OrToolsMinCostFlowStaffing : IStaffingStrategy
{
    /// <inheritdoc/>
    public string Name => "ortools-min-cost-flow";

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">OR-Tools reports no optimal flow (costs too large for
    /// it).</exception>
    public StaffingResult Solve(StaffingProblem problem, SolverOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var net = new StaffingNetwork(problem);
        int demands = problem.Demands.Length;
        int[] need = net.Need;
        var arcs = net.Arcs;
        long unfilled = net.UnfilledPenalty;
        using var flow = new MinCostFlow();
        var people = new Dictionary<(int, int), int>();
        int sink = demands;
        int next = demands + 1;
        var arcIds = new List<int>();
        foreach ((int d, int c, long cost) in arcs)
        {
            (int, int) key = (c, problem.Demands[d].Period);
            if (!people.TryGetValue(key, out int node))
            {
                people[key] = node = next++;
                flow.AddArcWithCapacityAndUnitCost(node, sink, Math.Max(0, net.Left(c, key.Item2)), 0);
            }
            arcIds.Add(flow.AddArcWithCapacityAndUnitCost(d, node, Math.Max(0, need[d]), cost));
        }
        long total = 0;
        for (int d = 0; d < demands; d++)
        {
            flow.AddArcWithCapacityAndUnitCost(
                d,
                sink,
                Math.Max(0, need[d]),
                checked(unfilled * problem.Demands[d].Weight)
            );
            flow.SetNodeSupply(d, Math.Max(0, need[d]));
            total += Math.Max(0, need[d]);
        }
        flow.SetNodeSupply(sink, -total);
        if (flow.Solve() != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException("OR-Tools found no optimal flow.");
        }
        var assignments = ImmutableArray.CreateBuilder<ResourceAssignment>();
        for (int a = 0; a < arcs.Count; a++)
        {
            long units = flow.Flow(arcIds[a]);
            if (units > 0)
            {
                StaffingDemand demand = problem.Demands[arcs[a].Demand];
                assignments.Add(
                    new ResourceAssignment(
                        demand.Id,
                        demand.Period,
                        problem.Candidates[arcs[a].Candidate].Id,
                        (int)units
                    )
                );
            }
        }
        return new StaffingResult(assignments.ToImmutable(), true);
    }
}

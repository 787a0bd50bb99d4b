using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>
/// Exact assignment by minimum-cost flow: demands send their units to qualified people's capacity in the demand's
/// period, or to an unfilled arc whose penalty outweighs every soft term, so the least-cost flow fills the most
/// (weighted) demand and, among such plans, has the least soft penalty. The flow is found by cost scaling with
/// push-relabel, exact on integer costs; the result is proven optimal unless cancelled, when the flow so far is cut
/// back to what capacities and demands allow.
///</summary>
public sealed class MinCostFlowStaffing : IStaffingStrategy
{
    /// <inheritdoc/>
    public string Name => "min-cost-flow";

    /// <inheritdoc/>
    public StaffingResult Solve(StaffingProblem problem, SolverOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(nameof(options));
        StaffingFlowNetwork net = problem.Network;
        // Demands that share no person-period are independent problems: solved apart, and in parallel when allowed,
        // they give the same plan as one flow over all of them.
        int[][] components = Components(problem, net);
        var byDemand = new List<ResourceAssignment>[problem.Demands.Length];
        int unfinished = 0;
        Parallel.For(
            0,
            components.Length,
            new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism },
            k =>
            {
                var graph = new FlowGraph(problem, net, components[k]);
                if (!graph.Run(cancellationToken))
                {
                    Interlocked.Increment(ref unfinished);
                }
                graph.Assignments(problem, net, byDemand);
            }
        );
        ImmutableArray<ResourceAssignment> assignments = [.. byDemand.Where(a => a is not null).SelectMany(a => a)];
        return unfinished == 0
            ? new StaffingResult(assignments, true)
            : new StaffingResult(Feasible(problem, net, assignments), false);
    }

    /// <summary>Groups the demands into sets that share no person-period, each in demand order, the sets ordered by
    /// their first demand.</summary>
    private static int[][] Components(StaffingProblem problem, StaffingFlowNetwork net)
    {
        int n = problem.Demands.Length;
        int[] parent = new int[n];
        var owner = new Dictionary<long, int>();
        for (int d = 0; d < n; d++)
        {
            parent[d] = d;
        }
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        for (int d = 0; d < n; d++)
        {
            int period = problem.Demands[d].Period;
            for (int a = net.ArcStart[d]; a < net.ArcStart[d + 1]; a++)
            {
                long key = StaffingFlowNetwork.Key(net.ArcCandidate[a], period);
                if (owner.TryGetValue(key, out int other))
                {
                    int x = Find(d);
                    int y = Find(other);
                    if (x != y)
                    {
                        parent[Math.Max(x, y)] = Math.Min(x, y);
                    }
                }
                else
                {
                    owner[key] = d;
                }
            }
        }
        var groups = new Dictionary<int, List<int>>();
        var order = new List<List<int>>();
        for (int d = 0; d < n; d++)
        {
            int root = Find(d);
            if (!groups.TryGetValue(root, out List<int>? group))
            {
                groups[root] = group = [];
                order.Add(group);
            }
            group.Add(d);
        }
        return [.. order.Select(g => g.ToArray())];
    }

    /// <summary>Cuts a pseudo-flow's assignments back, in order, to the units each demand wants and each person has
    /// left.</summary>
    private static ImmutableArray<ResourceAssignment> Feasible(
        StaffingProblem problem,
        StaffingFlowNetwork net,
        ImmutableArray<ResourceAssignment> assignments
    )
    {
        var wanted = new Dictionary<(DemandId, int), int>();
        var left = new Dictionary<long, int>();
        var kept = ImmutableArray.CreateBuilder<ResourceAssignment>();
        foreach (ResourceAssignment a in assignments)
        {
            problem.TryDemandIndex(a.Demand, a.Period, out int d);
            problem.TryCandidateIndex(a.Resource, out int c);
            long key = StaffingFlowNetwork.Key(c, a.Period);
            int units = Math.Min(
                a.Units,
                Math.Min(
                    wanted.TryGetValue((a.Demand, a.Period), out int w) ? w : net.Need[d],
                    left.TryGetValue(key, out int l) ? l : net.Left(c, a.Period)
                )
            );
            wanted[(a.Demand, a.Period)] = (wanted.TryGetValue((a.Demand, a.Period), out w) ? w : net.Need[d]) - units;
            left[key] = (left.TryGetValue(key, out l) ? l : net.Left(c, a.Period)) - units;
            if (units > 0)
            {
                kept.Add(a with { Units = units });
            }
        }
        return kept.ToImmutable();
    }

    /// <summary>The residual graph: demands, person-periods and one sink, arcs stored by tail with their
    /// twins.</summary>
    private sealed class FlowGraph
    {
        private readonly int[] _members;
        private readonly int _demands;
        private readonly int _sink;
        private readonly int[] _first;
        private readonly int[] _to;
        private readonly int[] _twin;
        private readonly long[] _cap;
        private readonly long[] _cost;
        private readonly long[] _potential;
        private readonly long[] _excess;

        internal FlowGraph(StaffingProblem problem, StaffingFlowNetwork net, int[] members)
        {
            _members = members;
            _demands = members.Length;
            var personIndex = new Dictionary<long, int>();
            var people = new List<(int Candidate, int Period)>();
            var demandArcs = new List<(int Tail, int Head, long Cap, long Cost)>();
            for (int i = 0; i < _demands; i++)
            {
                int d = members[i];
                int period = problem.Demands[d].Period;
                for (int a = net.ArcStart[d]; a < net.ArcStart[d + 1]; a++)
                {
                    long key = StaffingFlowNetwork.Key(net.ArcCandidate[a], period);
                    if (!personIndex.TryGetValue(key, out int node))
                    {
                        node = _demands + people.Count;
                        personIndex[key] = node;
                        people.Add((net.ArcCandidate[a], period));
                    }
                    demandArcs.Add((i, node, net.Need[d], net.ArcCost[a]));
                }
            }
            _sink = _demands + people.Count;
            int nodes = _sink + 1;
            int edges = demandArcs.Count + people.Count + _demands;
            var tail = new int[edges];
            var head = new int[edges];
            var cap = new long[edges];
            var cost = new long[edges];
            int e = 0;
            foreach ((int t, int h, long c, long k) in demandArcs)
            {
                (tail[e], head[e], cap[e], cost[e]) = (t, h, c, k);
                e++;
            }
            for (int p = 0; p < people.Count; p++, e++)
            {
                (tail[e], head[e], cap[e], cost[e]) = (
                    _demands + p,
                    _sink,
                    net.Left(people[p].Candidate, people[p].Period),
                    0
                );
            }
            for (int i = 0; i < _demands; i++, e++)
            {
                int d = members[i];
                (tail[e], head[e], cap[e], cost[e]) = (
                    i,
                    _sink,
                    net.Need[d],
                    checked(net.UnfilledPenalty * problem.Demands[d].Weight)
                );
            }
            // Arcs by tail: arc i goes to slot 2i's position, its twin to 2i+1's.
            _first = new int[nodes + 1];
            for (int i = 0; i < edges; i++)
            {
                _first[tail[i] + 1]++;
                _first[head[i] + 1]++;
            }
            for (int v = 0; v < nodes; v++)
            {
                _first[v + 1] += _first[v];
            }
            int[] fill = (int[])_first.Clone();
            _to = new int[2 * edges];
            _twin = new int[2 * edges];
            _cap = new long[2 * edges];
            _cost = new long[2 * edges];
            ArcSlot = new int[demandArcs.Count];
            for (int i = 0; i < edges; i++)
            {
                int f = fill[tail[i]]++;
                int b = fill[head[i]]++;
                (_to[f], _twin[f], _cap[f], _cost[f]) = (head[i], b, cap[i], cost[i]);
                (_to[b], _twin[b], _cap[b], _cost[b]) = (tail[i], f, 0, -cost[i]);
                if (i < ArcSlot.Length)
                {
                    ArcSlot[i] = f;
                }
            }
            _potential = new long[nodes];
            _excess = new long[_demands];
            for (int i = 0; i < _demands; i++)
            {
                _excess[i] = Math.Max(0, net.Need[members[i]]);
            }
        }

        /// <summary>Gets where each demand-to-person arc sits among the slots, in the network's arc order.</summary>
        private int[] ArcSlot { get; }

        /// <summary>Routes every demand's units by cost scaling (Goldberg and Tarjan): costs are multiplied by the
        /// number of nodes plus one, and each phase, with a tolerance eight times smaller than the last, saturates the
        /// arcs whose reduced cost is negative, then pushes excess along admissible arcs (residual, negative reduced
        /// cost), first in, first out, lowering a node's price when it has none. A flow optimal within a tolerance of 1
        /// on the multiplied costs is optimal on the integer costs. False when cancelled first.</summary>
        internal bool Run(CancellationToken cancellationToken)
        {
            int nodes = _sink + 1;
            long scale = nodes + 1;
            // The zero flow is optimal on reduced costs (every cost is non-negative), so the first tolerance need not
            // cover the unfilled arcs' penalty; the dearest demand-to-person arc sets it.
            long epsilon = 1;
            for (int s = 0; s < _cost.Length; s++)
            {
                if (_to[s] != _sink && _cost[s] > 0)
                {
                    epsilon = Math.Max(epsilon, _cost[s]);
                }
                _cost[s] *= scale;
            }
            epsilon *= scale;
            long[] excess = new long[nodes];
            long total = 0;
            for (int d = 0; d < _demands; d++)
            {
                excess[d] = _excess[d];
                total += _excess[d];
            }
            excess[_sink] = -total;
            int[] current = new int[nodes];
            long[] distance = new long[nodes];
            bool[] settled = new bool[nodes];
            var buckets = new Buckets(nodes, 4 * nodes);
            bool[] queued = new bool[nodes];
            var active = new Queue<int>();
            long work = 0;
            do
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return false;
                }
                epsilon = Math.Max(1, epsilon / 8);
                for (int u = 0; u < nodes; u++)
                {
                    long pu = _potential[u];
                    for (int s = _first[u]; s < _first[u + 1]; s++)
                    {
                        if (_cap[s] > 0 && _cost[s] + pu - _potential[_to[s]] < 0)
                        {
                            long push = _cap[s];
                            _cap[s] = 0;
                            _cap[_twin[s]] += push;
                            excess[u] -= push;
                            excess[_to[s]] += push;
                        }
                    }
                }
                UpdatePrices(excess, epsilon, distance, settled, buckets);
                long relabels = 0;
                for (int u = 0; u < nodes; u++)
                {
                    current[u] = _first[u];
                    if (excess[u] > 0)
                    {
                        queued[u] = true;
                        active.Enqueue(u);
                    }
                }
                while (active.TryDequeue(out int u))
                {
                    queued[u] = false;
                    if ((++work & 1023) == 0 && cancellationToken.IsCancellationRequested)
                    {
                        return false;
                    }
                    // Discharge u: push along admissible arcs; with none left, lower its price just enough for one.
                    while (excess[u] > 0)
                    {
                        long pu = _potential[u];
                        int s = current[u];
                        int end = _first[u + 1];
                        for (; s < end; s++)
                        {
                            if (_cap[s] <= 0 || _cost[s] + pu - _potential[_to[s]] >= 0)
                            {
                                continue;
                            }
                            int v = _to[s];
                            long push = Math.Min(excess[u], _cap[s]);
                            _cap[s] -= push;
                            _cap[_twin[s]] += push;
                            excess[u] -= push;
                            excess[v] += push;
                            if (excess[v] > 0 && !queued[v])
                            {
                                queued[v] = true;
                                active.Enqueue(v);
                            }
                            if (excess[u] == 0)
                            {
                                break;
                            }
                        }
                        current[u] = s;
                        if (excess[u] > 0)
                        {
                            long highest = long.MinValue;
                            for (int t = _first[u]; t < end; t++)
                            {
                                if (_cap[t] > 0)
                                {
                                    highest = Math.Max(highest, _potential[_to[t]] - _cost[t]);
                                }
                            }
                            _potential[u] = highest - epsilon;
                            current[u] = _first[u];
                            if (++relabels % nodes == 0)
                            {
                                UpdatePrices(excess, epsilon, distance, settled, buckets);
                                for (int v = 0; v < nodes; v++)
                                {
                                    current[v] = _first[v];
                                }
                            }
                        }
                    }
                }
            } while (epsilon > 1);
            return true;
        }

        /// <summary>The global price update: distances to the nodes short of flow, backwards over residual arcs, in
        /// steps of the tolerance (an arc of reduced cost r is floor(r / tolerance) + 1 steps long), lower each node's
        /// price by its distance in tolerances. Reduced costs stay at or above minus the tolerance, and every node with
        /// excess gets an admissible path towards a node short of flow, so pushes replace long chains of small
        /// relabels.</summary>
        private void UpdatePrices(long[] excess, long epsilon, long[] distance, bool[] settled, Buckets buckets)
        {
            int nodes = _sink + 1;
            int waiting = 0;
            buckets.Clear();
            for (int v = 0; v < nodes; v++)
            {
                settled[v] = false;
                distance[v] = long.MaxValue;
                if (excess[v] < 0)
                {
                    distance[v] = 0;
                    buckets.Move(v, long.MaxValue, 0);
                }
                else if (excess[v] > 0)
                {
                    waiting++;
                }
            }
            long reached = 0;
            while (waiting > 0 && buckets.TryTakeNearest(out int w, out long dw))
            {
                if (settled[w] || dw > distance[w])
                {
                    continue;
                }
                settled[w] = true;
                reached = dw;
                if (excess[w] > 0)
                {
                    waiting--;
                }
                long pw = _potential[w];
                for (int t = _first[w]; t < _first[w + 1]; t++)
                {
                    int back = _twin[t];
                    int v = _to[t];
                    if (_cap[back] <= 0 || settled[v])
                    {
                        continue;
                    }
                    long reduced = _cost[back] + _potential[v] - pw;
                    long dv = dw + (reduced < 0 ? 0 : reduced / epsilon + 1);
                    if (dv < distance[v])
                    {
                        buckets.Move(v, distance[v], dv);
                        distance[v] = dv;
                    }
                }
            }
            for (int v = 0; v < nodes; v++)
            {
                _potential[v] -= epsilon * (settled[v] ? distance[v] : reached);
            }
        }

        /// <summary>Nodes by distance for the price update, nearest first (Dial's buckets): one doubly linked list per
        /// distance up to a bound, so that taking the nearest node and moving a node nearer cost a few array writes; a
        /// heap beyond the bound. Distances only grow as the update goes on, so each bucket is visited once, in order.
        ///</summary>
        private sealed class Buckets
        {
            private readonly int[] _head;
            private readonly int[] _next;
            private readonly int[] _previous;
            private readonly PriorityQueue<int, long> _far = new();
            private int _cursor;

            internal Buckets(int nodes, int bound)
            {
                _head = new int[bound + 1];
                _next = new int[nodes];
                _previous = new int[nodes];
            }

            internal void Clear()
            {
                Array.Fill(_head, -1);
                _far.Clear();
                _cursor = 0;
            }

            /// <summary>Files a node under a nearer distance (from <see cref="long.MaxValue"/> when it was not
            /// filed).</summary>
            internal void Move(int node, long from, long to)
            {
                if (from < _head.Length)
                {
                    Unlink(node, (int)from);
                }
                if (to < _head.Length)
                {
                    Link(node, (int)to);
                }
                else
                {
                    _far.Enqueue(node, to);
                }
            }

            /// <summary>Takes a nearest node. Beyond the bound, a node moved nearer since it was filed comes out again
            /// at its old distance: the caller skips such entries.</summary>
            internal bool TryTakeNearest(out int node, out long distance)
            {
                while (_cursor < _head.Length && _head[_cursor] < 0)
                {
                    _cursor++;
                }
                if (_cursor < _head.Length)
                {
                    node = _head[_cursor];
                    distance = _cursor;
                    Unlink(node, _cursor);
                    return true;
                }
                return _far.TryDequeue(out node, out distance);
            }

            private void Link(int node, int distance)
            {
                int head = _head[distance];
                _previous[node] = -1;
                _next[node] = head;
                if (head >= 0)
                {
                    _previous[head] = node;
                }
                _head[distance] = node;
            }

            private void Unlink(int node, int distance)
            {
                int before = _previous[node];
                int after = _next[node];
                if (before >= 0)
                {
                    _next[before] = after;
                }
                else
                {
                    _head[distance] = after;
                }
                if (after >= 0)
                {
                    _previous[after] = before;
                }
            }
        }

        /// <summary>Reads the assignments off the demand-to-person arcs that carry flow, by demand.</summary>
        internal void Assignments(StaffingProblem problem, StaffingFlowNetwork net, List<ResourceAssignment>[] byDemand)
        {
            int slot = 0;
            foreach (int d in _members)
            {
                StaffingDemand demand = problem.Demands[d];
                for (int a = net.ArcStart[d]; a < net.ArcStart[d + 1]; a++, slot++)
                {
                    long flow = _cap[_twin[ArcSlot[slot]]];
                    if (flow > 0)
                    {
                        (byDemand[d] ??= []).Add(
                            new ResourceAssignment(
                                demand.Id,
                                demand.Period,
                                problem.Candidates[net.ArcCandidate[a]].Id,
                                (int)flow
                            )
                        );
                    }
                }
            }
        }
    }
}

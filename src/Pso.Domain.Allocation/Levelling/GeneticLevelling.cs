using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>
/// Resource-constrained scheduling by an activity-list genetic algorithm (after Hartmann): a population seeded by
/// biased random sampling on latest finish times, peak crossover (and now and then two-point) and adjacent-swap
/// mutation that keep lists precedence-feasible, every child decoded by the serial scheme and justified, the best
/// distinct schedules kept, and fresh samples around the best when the search stagnates. Stops at the schedule
/// budget, the time limit, cancellation, or a makespan that meets the lower bound.
/// </summary>
public sealed class GeneticLevelling : ILevellingStrategy
{
    /// <summary>Gets the population size; 40 by default.</summary>
    public int PopulationSize { get; init; } = 40;

    /// <summary>Gets the chance that two neighbours in a child's list are swapped; 0.05 by default.</summary>
    public double MutationRate { get; init; } = 0.05;

    /// <summary>Gets how many shift moves a child undergoes on average: each moves one activity to a random place
    /// between its last predecessor and its first successor in the list; 4 by default (0 turns them off).</summary>
    public double ShiftRate { get; init; } = 4.0;

    /// <summary>Gets after how many generations without a better schedule the population is sampled afresh around the
    /// best; 20 by default.</summary>
    public int RestartAfter { get; init; } = 20;

    /// <inheritdoc/>
    public string Name => "genetic";

    /// <inheritdoc/>
    public LevellingResult Solve(
        LevellingProblem problem,
        SolverOptions options,
        IProgress<LevellingProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(nameof(options));
        DenseModel m = problem.Model;
        long started = Stopwatch.GetTimestamp();
        bool Stop() =>
            cancellationToken.IsCancellationRequested
            || (options.TimeLimit is TimeSpan limit && Stopwatch.GetElapsedTime(started) >= limit);
        int[] latestFinish = LatestFinish(m, problem.Objective);
        int count = Math.Max(1, options.DegreeOfParallelism);
        if (count == 1)
        {
            var island = new Island(
                this,
                m,
                problem.Objective,
                latestFinish,
                options.Seed,
                options.ScheduleBudget,
                options.StagnationLimit,
                Stop,
                progress
            );
            island.Run(int.MaxValue);
            island.Finish();
            return new LevellingResult([.. island.Best], island.Schedules);
        }
        // Islands: each evolves its own population on its share of the budget, in epochs; between epochs each sends its
        // best schedule to the next. Epochs end at fixed generation counts, so the answer does not depend on timing.
        var islands = Enumerable
            .Range(0, count)
            .Select(i => new Island(
                this,
                m,
                problem.Objective,
                latestFinish,
                unchecked(options.Seed + (7919 * i)),
                Math.Max(1, options.ScheduleBudget / count),
                options.StagnationLimit is long stagnation ? Math.Max(1, stagnation / count) : null,
                Stop,
                null
            ))
            .ToArray();
        long bestFitness = long.MaxValue;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = count };
        // Every island runs at least once, so that even a cancelled run or a tiny budget returns a feasible schedule.
        do
        {
            Parallel.ForEach(islands, parallel, island => island.Run(Migration));
            Island leader = islands.MinBy(i => i.BestFitness)!;
            if (leader.BestFitness < bestFitness)
            {
                bestFitness = leader.BestFitness;
                progress?.Report(m.Progress(islands.Sum(i => i.Schedules), leader.Best, problem.Objective));
            }
            if (bestFitness <= m.LowerBound)
            {
                break;
            }
            Individual[] emigrants = [.. islands.Select(i => i.Champion)];
            for (int i = 0; i < count; i++)
            {
                islands[(i + 1) % count].Welcome(emigrants[i]);
            }
        } while (islands.Any(i => !i.Done()));
        Island winner = islands.MinBy(i => i.BestFitness)!;
        winner.Finish();
        return new LevellingResult([.. winner.Best], islands.Sum(i => i.Schedules));
    }

    /// <summary>Generations an island runs between migrations.</summary>
    private const int Migration = 10;

    /// <summary>One population and its search state.</summary>
    private sealed class Island
    {
        private readonly GeneticLevelling _settings;
        private readonly DenseModel _m;
        private readonly LevellingObjective _objective;
        private readonly int[] _latestFinish;
        private readonly SerialScheduler _scheduler;
        private readonly Random _random;
        private readonly long _budget;

        /// <summary>Schedules one child costs: the decode and the justification passes.</summary>
        private readonly int _childCost;
        private readonly long? _stagnation;
        private readonly Func<bool> _stop;
        private readonly IProgress<LevellingProgress>? _progress;
        private readonly int[] _scratch;

        /// <summary>The decoded schedule and its list, kept while the justified one is scored (multi-project
        /// objectives only).</summary>
        private readonly int[] _decoded;
        private readonly int[] _decodedList;
        private readonly int[] _finishes;
        private readonly bool _rightward;
        private readonly HashSet<Individual> _seen = new(SameList.Instance);
        private List<Individual> _population = [];
        private long _improvedAt;
        private int _stagnant;

        internal Island(
            GeneticLevelling settings,
            DenseModel m,
            LevellingObjective objective,
            int[] latestFinish,
            int seed,
            long budget,
            long? stagnation,
            Func<bool> stop,
            IProgress<LevellingProgress>? progress
        )
        {
            _settings = settings;
            _m = m;
            _objective = objective;
            _latestFinish = latestFinish;
            _scheduler = new SerialScheduler(m);
            _random = new Random(seed);
            // When the makespan is all that counts and nothing waits for a release date, a child is justified only
            // rightward: as short as the full justification would make it, for two schedules instead of three. The
            // leftward pass that a right-justified list gets anyway when it is next decoded is left to that decode, and
            // the best schedule gets it once at the end, within the budget.
            // A capacity that varies over time is not the same mirrored, so such problems keep the leftward pass.
            _rightward =
                objective == LevellingObjective.Makespan
                && Array.TrueForAll(m.Release, r => r == 0)
                && m.ProfileLength == 0;
            _budget = _rightward ? Math.Max(1, budget - 1) : budget;
            _childCost = _rightward ? 2 : 3;
            _stagnation = stagnation;
            _stop = stop;
            _progress = progress;
            _scratch = new int[m.N];
            _decoded = objective == LevellingObjective.Makespan ? [] : new int[m.N];
            _decodedList = objective == LevellingObjective.Makespan ? [] : new int[m.N];
            _finishes = new int[m.Projects.Length];
            Best = new int[m.N];
        }

        internal int[] Best { get; }

        /// <summary>Gets the best schedule's fitness: the objective's value, then the makespan (lower is
        /// better).</summary>
        internal long BestFitness { get; private set; } = long.MaxValue;

        internal long Schedules => _scheduler.Schedules;

        internal Individual Champion => _population[0];

        internal bool Done() =>
            _scheduler.Schedules + _childCost > _budget
            || BestFitness <= _m.LowerBound
            || (_stagnation is long limit && _scheduler.Schedules - _improvedAt >= limit)
            || _stop();

        /// <summary>Takes a schedule from another island in place of the worst, unless it already has it.</summary>
        internal void Welcome(Individual migrant)
        {
            if (_population.Count > 0 && !_population.Any(p => p.List.AsSpan().SequenceEqual(migrant.List)))
            {
                _population[^1] = migrant;
                if (migrant.Fitness < BestFitness)
                {
                    BestFitness = migrant.Fitness;
                    Array.Copy(migrant.Starts, Best, Best.Length);
                }
            }
        }

        /// <summary>Runs up to a number of generations, or until done.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void Run(int generations)
        {
            int n = _m.N;
            if (_population.Count == 0)
            {
                // One schedule whatever the limits, so that even a cancelled run returns a feasible one.
                _population.Add(Evaluate(Sample(_m, _latestFinish, _random, biased: false)));
                while (_population.Count < _settings.PopulationSize && !Done())
                {
                    _population.Add(Evaluate(Sample(_m, _latestFinish, _random, biased: true)));
                }
            }
            for (int generation = 0; generation < generations && !Done(); generation++)
            {
                long before = BestFitness;
                int count = _population.Count;
                for (int pair = 0; pair < count / 2 && !Done(); pair++)
                {
                    Individual mother = Tournament(_population, _random);
                    Individual father = Tournament(_population, _random);
                    int q1 = _random.Next(n + 1);
                    int q2 = _random.Next(n + 1);
                    (q1, q2) = q1 <= q2 ? (q1, q2) : (q2, q1);
                    bool peak = _random.NextDouble() < 0.9; // mostly peak crossover, now and then two-point
                    _population.Add(
                        Evaluate(
                            _settings.Mutate(
                                _m,
                                peak ? PeakCross(_m, mother, father, _random) : Cross(mother.List, father.List, q1, q2),
                                _random
                            )
                        )
                    );
                    if (!Done())
                    {
                        _population.Add(
                            Evaluate(
                                _settings.Mutate(
                                    _m,
                                    peak
                                        ? PeakCross(_m, father, mother, _random)
                                        : Cross(father.List, mother.List, q1, q2),
                                    _random
                                )
                            )
                        );
                    }
                }
                // Keep the best distinct schedules (a copy adds nothing but lost diversity); ties to the older
                // individual,
                // so that the run does not depend on sort stability.
                _seen.Clear();
                _population =
                [
                    .. _population
                        .Select((p, i) => (p, i))
                        .OrderBy(x => x.p.Fitness)
                        .ThenBy(x => x.i)
                        .Where(x => _seen.Add(x.p))
                        .Take(_settings.PopulationSize)
                        .Select(x => x.p),
                ];
                _stagnant = BestFitness < before ? 0 : _stagnant + 1;
                if (_stagnant >= _settings.RestartAfter || _population.Count < 2)
                {
                    // Restart: keep the best, sample the rest afresh.
                    _population.RemoveRange(1, _population.Count - 1);
                    while (_population.Count < _settings.PopulationSize && !Done())
                    {
                        _population.Add(Evaluate(Sample(_m, _latestFinish, _random, biased: true)));
                    }
                    _stagnant = 0;
                }
            }
        }

        /// <summary>Moves the best schedule's activities as early as they can go when the search kept them
        /// right-justified: never longer, and no activity later than it need be.</summary>
        internal void Finish()
        {
            if (_rightward && BestFitness != long.MaxValue)
            {
                BestFitness = _scheduler.LeftJustify(Best, (int)BestFitness);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private Individual Evaluate(int[] list)
        {
            int makespan = _scheduler.Decode(list, _scratch);
            bool weighed = _objective != LevellingObjective.Makespan;
            long decodedFitness = long.MaxValue;
            if (weighed)
            {
                // Justification shortens the makespan but may make a project later: the decoded schedule competes too.
                decodedFitness = _m.Fitness(_scratch, makespan, _objective, _finishes);
                Array.Copy(_scratch, _decoded, _decoded.Length);
                Array.Copy(list, _decodedList, _decodedList.Length);
            }
            makespan = _scheduler.Justify(_scratch, makespan, list, leftward: !_rightward);
            long fitness = _m.Fitness(_scratch, makespan, _objective, _finishes);
            if (weighed && decodedFitness < fitness)
            {
                Array.Copy(_decoded, _scratch, _decoded.Length);
                Array.Copy(_decodedList, list, _decodedList.Length);
                fitness = decodedFitness;
                makespan = _m.Makespan(_decoded);
            }
            if (fitness < BestFitness)
            {
                BestFitness = fitness;
                _improvedAt = _scheduler.Schedules;
                Array.Copy(_scratch, Best, Best.Length);
                _progress?.Report(_m.Progress(_scheduler.Schedules, Best, _objective));
            }
            return new Individual(list, makespan, fitness, (int[])_scratch.Clone());
        }
    }

    private sealed record Individual(int[] List, int Makespan, long Fitness, int[] Starts)
    {
        /// <summary>Gets a hash of the list, computed once.</summary>
        internal int ListHash { get; } = Hash(List);

        private static int Hash(int[] list)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(list.AsSpan()));
            return hash.ToHashCode();
        }
    }

    /// <summary>Individuals with the same activity list are the same.</summary>
    private sealed class SameList : IEqualityComparer<Individual>
    {
        internal static readonly SameList Instance = new();

        public bool Equals(Individual? x, Individual? y) =>
            x is not null && y is not null && x.ListHash == y.ListHash && x.List.AsSpan().SequenceEqual(y.List);

        public int GetHashCode(Individual obj) => obj.ListHash;
    }

    /// <summary>
    /// Peak crossover (after Valls, Ballestín and Quintanilla): the activities the first parent runs in its busiest
    /// window of time keep its order, those before and after follow the second parent's order. Always
    /// precedence-feasible, because a predecessor never starts later than its successor in a schedule (starts are
    /// lifted along the links where a lead lets a successor start first).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] PeakCross(DenseModel m, Individual first, Individual second, Random random)
    {
        int n = m.N;
        int makespan = Math.Max(1, first.Makespan);
        // Load of each period of the first parent's schedule: the share of each role in use, summed.
        double[] load = new double[makespan + 1];
        double[] shares = m.LoadShare;
        for (int j = 0; j < n; j++)
        {
            double share = shares[j];
            for (int t = first.Starts[j]; t < first.Starts[j] + m.Duration[j] && t < makespan; t++)
            {
                load[t] += share;
            }
        }
        int width = Math.Max(1, (int)(makespan * (0.1 + (0.4 * random.NextDouble()))));
        double window = 0;
        for (int t = 0; t < width && t < makespan; t++)
        {
            window += load[t];
        }
        double best = window;
        int from = 0;
        for (int t = width; t < makespan; t++)
        {
            window += load[t] - load[t - width];
            if (window > best)
            {
                best = window;
                from = t - width + 1;
            }
        }
        int to = from + width;
        // Starts lifted along the links, where a lead lets a successor start first, keep the parts in link order.
        int[] starts = first.Starts;
        if (m.OrderNeedsLifting)
        {
            starts = (int[])first.Starts.Clone();
            m.LiftAlongLinks(starts);
        }
        int[] child = new int[n];
        int k = 0;
        foreach (int j in second.List)
        {
            if (starts[j] < from)
            {
                child[k++] = j;
            }
        }
        foreach (int j in first.List)
        {
            if (starts[j] >= from && starts[j] < to)
            {
                child[k++] = j;
            }
        }
        foreach (int j in second.List)
        {
            if (starts[j] >= to)
            {
                child[k++] = j;
            }
        }
        return child;
    }

    private static Individual Tournament(List<Individual> population, Random random)
    {
        Individual a = population[random.Next(population.Count)];
        Individual b = population[random.Next(population.Count)];
        return a.Fitness <= b.Fitness ? a : b;
    }

    /// <summary>Two-point crossover: the first part from one parent, the middle in the other's order, the rest in the
    /// first's; precedence-feasible whenever both parents are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Cross(int[] first, int[] second, int q1, int q2)
    {
        int n = first.Length;
        int[] child = new int[n];
        bool[] taken = new bool[n];
        int k = 0;
        for (int i = 0; i < q1; i++)
        {
            child[k++] = first[i];
            taken[first[i]] = true;
        }
        for (int i = 0; i < n && k < q2; i++)
        {
            if (!taken[second[i]])
            {
                child[k++] = second[i];
                taken[second[i]] = true;
            }
        }
        for (int i = 0; i < n && k < n; i++)
        {
            if (!taken[first[i]])
            {
                child[k++] = first[i];
                taken[first[i]] = true;
            }
        }
        return child;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] Mutate(DenseModel m, int[] list, Random random)
    {
        for (int i = 0; i + 1 < list.Length; i++)
        {
            if (random.NextDouble() < MutationRate && !Precedes(m, list[i], list[i + 1]))
            {
                (list[i], list[i + 1]) = (list[i + 1], list[i]);
            }
        }
        // Shift moves: the whole part of the rate as sure moves, the fraction as the chance of one more.
        for (double shifts = ShiftRate; shifts > 0 && (shifts >= 1 || random.NextDouble() < shifts); shifts -= 1)
        {
            Shift(m, list, random);
        }
        return list;
    }

    /// <summary>Moves one activity, drawn at random, to a random place between its last predecessor and its first
    /// successor in the list (a shift move), so the list stays precedence-feasible.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Shift(DenseModel m, int[] list, Random random)
    {
        int n = list.Length;
        int from = random.Next(n);
        int j = list[from];
        Span<int> position = n <= 1024 ? stackalloc int[n] : new int[n];
        for (int i = 0; i < n; i++)
        {
            position[list[i]] = i;
        }
        int low = 0;
        int high = n - 1;
        for (int k = m.PredecessorStart[j]; k < m.PredecessorStart[j + 1]; k++)
        {
            low = Math.Max(low, position[m.Predecessors[k]] + 1);
        }
        for (int k = m.SuccessorStart[j]; k < m.SuccessorStart[j + 1]; k++)
        {
            high = Math.Min(high, position[m.Successors[k]] - 1);
        }
        int to = low + random.Next(high - low + 1);
        if (to < from)
        {
            Array.Copy(list, to, list, to + 1, from - to);
        }
        else if (to > from)
        {
            Array.Copy(list, from + 1, list, from, to - from);
        }
        list[to] = j;
    }

    private static bool Precedes(DenseModel m, int a, int b)
    {
        for (int k = m.SuccessorStart[a]; k < m.SuccessorStart[a + 1]; k++)
        {
            if (m.Successors[k] == b)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Latest finish times of the unconstrained network: the priority of the sampling. Under weighted
    /// tardiness each activity's project ends by its due period (when it has one, and it is earlier), so that work
    /// due sooner is sampled first.</summary>
    private static int[] LatestFinish(DenseModel m, LevellingObjective objective)
    {
        int[] latest = new int[m.N];
        Array.Fill(latest, m.CriticalPathBound);
        if (objective == LevellingObjective.WeightedTardiness)
        {
            for (int j = 0; j < m.N; j++)
            {
                int due = m.ProjectDue[m.ProjectOf[j]];
                latest[j] = due >= 0 ? Math.Min(latest[j], due) : latest[j];
            }
        }
        for (int i = m.Order.Length - 1; i >= 0; i--)
        {
            int j = m.Order[i];
            for (int k = m.SuccessorStart[j]; k < m.SuccessorStart[j + 1]; k++)
            {
                int s = m.Successors[k];
                latest[j] = Math.Min(latest[j], latest[s] - m.Duration[s] - m.SuccessorLag[k]);
            }
        }
        return latest;
    }

    /// <summary>A precedence-feasible list: at each step an eligible activity, the one with the least latest finish or,
    /// when biased, one drawn with regret-based weights (Kolisch). The eligible activities keep the order in which they
    /// became eligible; a Fenwick tree over that order gives each draw in logarithmic time (the weight of a prefix is
    /// its count times the worst latest finish plus one, less its latest finishes), picking exactly what a pass over
    /// the eligible list would: the first activity whose prefix weight exceeds the draw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Sample(DenseModel m, int[] latestFinish, Random random, bool biased)
    {
        int n = m.N;
        int[] remaining = new int[n];
        for (int j = 0; j < n; j++)
        {
            remaining[j] = m.PredecessorStart[j + 1] - m.PredecessorStart[j];
        }
        var eligible = new EligibleActivities(n, latestFinish);
        for (int j = 0; j < n; j++)
        {
            if (remaining[j] == 0)
            {
                eligible.Add(j);
            }
        }
        int[] list = new int[n];
        for (int k = 0; k < n; k++)
        {
            int j = biased ? eligible.Draw(random) : eligible.Earliest();
            list[k] = j;
            for (int s = m.SuccessorStart[j]; s < m.SuccessorStart[j + 1]; s++)
            {
                if (--remaining[m.Successors[s]] == 0)
                {
                    eligible.Add(m.Successors[s]);
                }
            }
        }
        return list;
    }

    /// <summary>The eligible activities of a sampling, in the order they became eligible.</summary>
    private sealed class EligibleActivities
    {
        private readonly int[] _latestFinish;
        private readonly long[] _count;
        private readonly long[] _sum;
        private readonly int[] _activityAt;
        private readonly int[] _positionOf;
        private readonly PriorityQueue<int, int> _worst = new();
        private readonly PriorityQueue<int, (int, int)> _earliest = new();
        private readonly bool[] _taken;
        private long _size;
        private long _sumAll;
        private int _next;

        internal EligibleActivities(int n, int[] latestFinish)
        {
            _latestFinish = latestFinish;
            _count = new long[n + 1];
            _sum = new long[n + 1];
            _activityAt = new int[n + 1];
            _positionOf = new int[n];
            _taken = new bool[n];
        }

        internal void Add(int j)
        {
            int position = ++_next;
            _activityAt[position] = j;
            _positionOf[j] = position;
            Update(position, 1, _latestFinish[j]);
            _worst.Enqueue(j, -_latestFinish[j]);
            _earliest.Enqueue(j, (_latestFinish[j], j));
        }

        /// <summary>Takes the eligible activity with the least latest finish, the lowest index on a tie.</summary>
        internal int Earliest()
        {
            int j;
            while (_taken[j = _earliest.Dequeue()]) { }
            Take(j);
            return j;
        }

        /// <summary>Takes an eligible activity drawn with weight (worst latest finish − its latest finish +
        /// 1).</summary>
        internal int Draw(Random random)
        {
            while (_taken[_worst.Peek()])
            {
                _worst.Dequeue();
            }
            long top = _latestFinish[_worst.Peek()] + 1L;
            double draw = random.NextDouble() * (double)((_size * top) - _sumAll);
            // The largest position whose prefix weight is at most the draw; the pick is the next occupied one.
            int position = 0;
            long count = 0;
            long sum = 0;
            for (int step = HighestBit(_count.Length - 1); step > 0; step >>= 1)
            {
                int next = position + step;
                if (next < _count.Length && ((count + _count[next]) * top) - (sum + _sum[next]) <= draw)
                {
                    position = next;
                    count += _count[next];
                    sum += _sum[next];
                }
            }
            int j = position + 1 <= _next ? _activityAt[position + 1] : LastEligible();
            Take(j);
            return j;
        }

        private int LastEligible()
        {
            for (int position = _next; ; position--)
            {
                if (!_taken[_activityAt[position]] && _positionOf[_activityAt[position]] == position)
                {
                    return _activityAt[position];
                }
            }
        }

        private void Take(int j)
        {
            _taken[j] = true;
            Update(_positionOf[j], -1, -_latestFinish[j]);
        }

        private void Update(int position, long count, long latest)
        {
            _size += count;
            _sumAll += latest;
            for (int i = position; i < _count.Length; i += i & -i)
            {
                _count[i] += count;
                _sum[i] += latest;
            }
        }

        private static int HighestBit(int value) =>
            value <= 0 ? 0 : 1 << (31 - System.Numerics.BitOperations.LeadingZeroCount((uint)value));
    }
}

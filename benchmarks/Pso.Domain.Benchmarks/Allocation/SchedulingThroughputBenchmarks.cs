using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;

namespace Pso.Domain.Benchmarks.Allocation;

/// <summary>The genetic search's schedules per second on ten random 120-activity problems, one thread, 5,000 schedules
/// each: the time reported is per schedule generated.</summary>
[MemoryDiagnoser]
public class SchedulingThroughputBenchmarks
{
    /// <summary>Schedules each run generates: the budget, less the one the search cannot start a child with (a child
    /// costs two), which the final leftward pass takes.</summary>
    private const int SchedulesPerRun = 4_999;

    private const int Problems = 10;

    private readonly LevellingSolver _solver = new();
    private readonly SolverOptions _options = new() { ScheduleBudget = 5_000, Seed = 1 };
    private LevellingProblem[] _problems = [];

    [GlobalSetup]
    public void Setup()
    {
        _problems = [.. Enumerable.Range(1, Problems).Select(seed => RandomRcpsp.Create(120, seed))];
        // The per-schedule time is only right if every run spends its whole budget (none stops at its lower bound).
        foreach (LevellingProblem problem in _problems)
        {
            long schedules = _solver.Solve(problem, _options).Schedules;
            if (schedules != SchedulesPerRun)
            {
                throw new InvalidOperationException($"A run generated {schedules} schedules, not {SchedulesPerRun}.");
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Problems * SchedulesPerRun)]
    public int Solve()
    {
        int makespans = 0;
        foreach (LevellingProblem problem in _problems)
        {
            makespans += _solver.Solve(problem, _options).Makespan;
        }
        return makespans;
    }
}

using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Testing;

namespace Pso.Domain.Benchmarks.Allocation;

/// <summary>The portfolio planner end to end (CPM, capacity, levelling, re-choosing people, delays, bookings,
/// explanations) on seeded portfolios in the PSO's shape: 10 projects x 40 activities for 30 people over 6 months,
/// and 200 x 50 for 1,000 people over 2 years, each at 300 schedules per levelling run, one thread.</summary>
[MemoryDiagnoser]
public class PortfolioPlanBenchmarks
{
    private readonly PortfolioPlanner _planner = new();
    private Portfolio _portfolio = null!;
    private PlanningOptions _options = null!;

    /// <summary>Gets or sets the portfolio's size: <c>10x40x30x6</c> or <c>200x50x1000x24</c>.</summary>
    [Params("10x40x30x6", "200x50x1000x24")]
    public string Shape { get; set; } = "10x40x30x6";

    [GlobalSetup]
    public void Setup()
    {
        int[] size = [.. Shape.Split('x').Select(int.Parse)];
        _portfolio = PortfolioGenerator.Generate(new PortfolioShape(size[0], size[1], size[2], size[3]), 1);
        _options = PlanningOptions.Default with
        {
            Calendar = PortfolioGenerator.Office,
            HorizonDays = Math.Max(730, size[3] * 60),
            Solver = SolverOptions.Default with { ScheduleBudget = 300 },
        };
    }

    [Benchmark]
    public int Plan() => _planner.Plan(_portfolio, _options).FinishDays;
}

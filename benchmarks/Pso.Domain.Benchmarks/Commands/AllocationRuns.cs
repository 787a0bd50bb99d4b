using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Allocation.OrTools;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Allocation.Staffing;
using Pso.Domain.Testing;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary>What the allocation runners (<c>rcpsp</c>, <c>rcmpsp</c>) share: their input folders and the choice of
/// strategy with its settings.</summary>
internal static class AllocationRuns
{
    /// <summary>The options that choose and tune the strategy.</summary>
    internal static readonly string[] StrategyOptions =
    [
        "strategy",
        "population",
        "mutation",
        "restart",
        "shift",
        "threads",
    ];

    internal static (string Directory, string Reference) Inputs(CommandLine options)
    {
        string directory = options.Text("instances") ?? throw new ArgumentException("--instances is required.");
        string reference = options.Text("reference") ?? throw new ArgumentException("--reference is required.");
        if (!Directory.Exists(directory) || !File.Exists(reference))
        {
            throw new ArgumentException($"no folder '{directory}' or no file '{reference}'.");
        }
        return (directory, reference);
    }

    /// <summary>The genetic search's own settings: the runners' defaults.</summary>
    private static readonly GeneticLevelling Defaults = new();

    internal static ILevellingStrategy Strategy(CommandLine options)
    {
        string name = options.Text("strategy") ?? "genetic";
        return name switch
        {
            "genetic" => new GeneticLevelling
            {
                PopulationSize = options.Int("population", Defaults.PopulationSize),
                MutationRate = options.Int("mutation", (int)Math.Round(Defaults.MutationRate * 1000)) / 1000.0,
                RestartAfter = options.Int("restart", Defaults.RestartAfter),
                ShiftRate = options.Int("shift", (int)Math.Round(Defaults.ShiftRate * 1000)) / 1000.0,
            },
            "cpsat" => new CpSatLevelling(),
            _ => throw new ArgumentException($"--strategy: unknown strategy '{name}' (known: genetic, cpsat)."),
        };
    }

    internal static IStaffingStrategy StaffingStrategy(string? name) =>
        (name ?? "min-cost-flow") switch
        {
            "min-cost-flow" => new MinCostFlowStaffing(),
            "ortools-min-cost-flow" => new OrToolsMinCostFlowStaffing(),
            "cpsat" => new CpSatStaffing(),
            _ => throw new ArgumentException(
                $"--strategy: unknown staffing strategy '{name}' (known: min-cost-flow, ortools-min-cost-flow, cpsat)."
            ),
        };

    /// <summary>The threads a strategy may use: <c>--threads</c>, 1 by default.</summary>
    internal static int Threads(CommandLine options) => Math.Max(1, options.Int("threads", 1));

    internal static string[] Known(params string[] own) => [.. own.Concat(StrategyOptions)];

    /// <summary>A solved instance: its makespan, the schedules tried and each activity's start.</summary>
    internal sealed record Solved(int Makespan, long Schedules, IReadOnlyList<int> Starts);

    /// <summary>Solves an instance with the levelling solver (<c>--via solver</c>, the default), or expressed as a
    /// real portfolio through the portfolio planner (<c>--via planner</c>): a 24-hour calendar with a day per period,
    /// a person per unit of capacity and, for a portfolio of projects, a closing milestone due on the status date so
    /// that the makespan comes first.</summary>
    internal static Solved Solve(
        LevellingProblem problem,
        LevellingSolver solver,
        SolverOptions options,
        string? via,
        bool closingMilestone
    )
    {
        switch (via ?? "solver")
        {
            case "solver":
                LevellingSolution solution = solver.Solve(problem, options);
                return new Solved(solution.Makespan, solution.Schedules, solution.Starts);
            case "planner":
                Portfolio portfolio = LevellingPortfolio.FromProblem(problem, closingMilestone);
                PortfolioPlan plan = new PortfolioPlanner(solver).Plan(
                    portfolio,
                    LevellingPortfolio.Options(problem, options)
                );
                return new Solved(
                    LevellingPortfolio.Makespan(plan),
                    plan.Schedules,
                    LevellingPortfolio.Starts(problem, plan)
                );
            default:
                throw new ArgumentException($"--via: unknown way '{via}' (known: solver, planner).");
        }
    }
}

using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Pso.Domain;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.DependencyInjection;
using Pso.Domain.Scheduling;
using Pso.Samples.CustomStrategy;

// An integrator plugs a strategy of their own into the levelling solver through dependency injection, checks it with
// the strategy harness, and compares it with the built-in genetic strategy on a small portfolio.
using ServiceProvider services = new ServiceCollection()
    .AddPsoDomain()
    .AddLevellingStrategy<ShortestFirst>() // registered first: the default
    .AddAllocation() // adds the built-in genetic strategy and the solver
    .Services.BuildServiceProvider();

var strategies = services.GetRequiredService<LevellingStrategies>();
Console.WriteLine(
    $"strategies: {string.Join(", ", strategies.All.Select(s => s.Name))} (default {strategies.Default.Name})"
);

Console.WriteLine();
Console.WriteLine("Strategy harness");
foreach (ILevellingStrategy strategy in strategies.All)
{
    foreach (LevellingHarnessCase result in LevellingHarness.Check(strategy))
    {
        Console.WriteLine(
            $"  {strategy.Name, -15} {result.Problem, -32} makespan {result.Makespan, 2} / optimum "
                + $"{result.Optimum, 2}  {(result.Passed ? "passed" : "FAILED")}"
        );
    }
}

// Two projects share four developers and two testers; each period is a working day.
var dev = new RoleId("developer");
var test = new RoleId("tester");
LevellingActivity Work(string id, string project, int days, int developers, int testers = 0) =>
    new(new ActivityId(id), days)
    {
        Project = new ProjectId(project),
        Demands = [.. new[] { new RoleDemand(dev, developers), new RoleDemand(test, testers) }.Where(d => d.Units > 0)],
    };
var portfolio = new LevellingProblem(
    [
        Work("atlas-design", "atlas", 5, 2),
        Work("atlas-build", "atlas", 10, 3),
        Work("atlas-test", "atlas", 4, 1, 2),
        Work("beacon-design", "beacon", 3, 2),
        Work("beacon-build", "beacon", 8, 2),
        Work("beacon-test", "beacon", 3, 1, 2),
        Work("beacon-pilot", "beacon", 2, 1, 1),
    ],
    [
        new Precedence(new ActivityId("atlas-design"), new ActivityId("atlas-build")),
        new Precedence(new ActivityId("atlas-build"), new ActivityId("atlas-test")),
        new Precedence(new ActivityId("beacon-design"), new ActivityId("beacon-build")),
        new Precedence(new ActivityId("beacon-build"), new ActivityId("beacon-test")),
        new Precedence(new ActivityId("beacon-test"), new ActivityId("beacon-pilot"), Lag: 1),
    ],
    [new RoleCapacity(dev, 4), new RoleCapacity(test, 2)]
);

Console.WriteLine();
Console.WriteLine(
    $"Portfolio: {portfolio.Activities.Length} activities, critical path {portfolio.CriticalPathBound} days"
);
foreach (ILevellingStrategy strategy in strategies.All)
{
    LevellingSolution solution = strategies
        .SolverFor(strategy.Name)
        .Solve(portfolio, SolverOptions.Default with { Seed = 7 });
    Console.WriteLine(
        $"  {strategy.Name, -15} finishes on day {solution.Makespan} ({solution.Status}, {solution.Schedules} "
            + "schedules): "
            + string.Join(
                ", ",
                portfolio
                    .Activities.Select((a, i) => (a.Id, Start: solution.Starts[i]))
                    .OrderBy(a => a.Start)
                    .Select(a => $"{a.Id}@{a.Start}")
            )
    );
}

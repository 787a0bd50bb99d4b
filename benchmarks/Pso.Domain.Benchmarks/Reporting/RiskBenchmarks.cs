using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Pso.Domain.Benchmarks.Scheduling;
using Pso.Domain.Reporting;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Benchmarks.Reporting;

/// <summary>Monte Carlo schedule risk: 10,000 iterations of the critical path method on a random 1,000-activity
/// network whose every activity has a three-point estimate (PERT), on all cores.</summary>
[MemoryDiagnoser]
public class RiskBenchmarks
{
    private Project _project = null!;
    private Dictionary<ActivityId, ThreePointEstimate> _estimates = [];

    [Params(1_000)]
    public int Activities { get; set; }

    [Params(10_000)]
    public int Iterations { get; set; }

    [GlobalSetup]
    public void Setup() => (_project, _estimates) = RiskNetworks.Create(Activities, 1);

    [Benchmark]
    public ScheduleRiskResult MonteCarlo() =>
        new ScheduleRiskAnalysis(new ScheduleRiskOptions { Iterations = Iterations, Seed = 1 }).Run(
            _project,
            _estimates
        );
}

/// <summary>A random network (see <see cref="RandomNetworks"/>) with a three-point estimate for every activity: from
/// three quarters of its duration to twice it, most likely as planned.</summary>
public static class RiskNetworks
{
    public static (Project Project, Dictionary<ActivityId, ThreePointEstimate> Estimates) Create(
        int activities,
        int seed
    )
    {
        Project project = RandomNetworks.Create(activities, seed);
        var estimates = new Dictionary<ActivityId, ThreePointEstimate>();
        foreach (Activity activity in project.Activities)
        {
            estimates[activity.Id] = new ThreePointEstimate(
                activity.Duration * 3 / 4,
                activity.Duration,
                activity.Duration * 2
            );
        }
        return (project, estimates);
    }
}

using BenchmarkDotNet.Attributes;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Benchmarks.Scheduling;

/// <summary>The whole critical-path computation (forward and backward pass, floats, critical path) on random
/// networks.</summary>
[MemoryDiagnoser]
public class CpmBenchmarks
{
    private readonly CpmScheduler _scheduler = new();
    private Project _project = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup() => _project = RandomNetworks.Create(Activities, seed: 1);

    [Benchmark]
    public ScheduleResult Schedule() => _scheduler.Schedule(_project);
}

using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Pso.Domain.Reporting;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Scheduling.Baselines;

namespace Pso.Domain.Benchmarks.Reporting;

/// <summary>Ten million time and cost lines of 200 projects over a year summed into project x week earned value and
/// utilisation: <see cref="TimePhasedPerformance.Aggregate"/> against a plain LINQ GroupBy of the same lines.</summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private PerformanceLine[] _lines = [];

    [Params(10_000_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _lines = RandomLines.Create(Lines, 200, 1);

    [Benchmark(Baseline = true)]
    public List<(ProjectId Project, LocalDate Week, decimal[] Sums)> LinqGroupBy() =>
        RandomLines.GroupByProjectAndWeek(_lines);

    [Benchmark]
    public TimePhasedPerformance Aggregate() =>
        TimePhasedPerformance.Aggregate(_lines, new AggregationOptions(Currency.Usd));
}

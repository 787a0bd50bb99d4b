using System;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;

namespace Pso.Domain.Benchmarks.Core;

/// <summary>Exact allocation of an amount over periods.</summary>
[MemoryDiagnoser]
public class MoneyAllocationBenchmarks
{
    private readonly Money _budget = Money.Of(1_234_567.89m, "EUR");
    private decimal[] _weights = [];

    [Params(12, 1000)]
    public int Periods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _weights = new decimal[Periods];
        for (int i = 0; i < Periods; i++)
        {
            _weights[i] = random.Next(15, 24);
        }
    }

    [Benchmark]
    public ImmutableArray<Money> Allocate() => _budget.Allocate(_weights);
}

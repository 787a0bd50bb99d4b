using BenchmarkDotNet.Attributes;
using NodaTime;
using Pso.Domain.Resources;
using Pso.Domain.Resources.Capacity;

namespace Pso.Domain.Benchmarks.Resources;

/// <summary>The full capacity / booked / available matrix of 5,000 resources over two years with 100,000 bookings, and
/// a
/// skill-and-availability query on it.</summary>
[MemoryDiagnoser]
public class CapacityBenchmarks
{
    private ResourcePool _pool = null!;
    private Booking[] _bookings = null!;
    private DateInterval _horizon = null!;
    private CapacityPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_pool, _bookings, _horizon) = RandomPortfolios.Create(5_000, 730, 100_000, seed: 1);
        _plan = CapacityPlan.Create(_pool, _bookings, [], _horizon);
    }

    [Benchmark]
    public CapacityPlan Matrix() => CapacityPlan.Create(_pool, _bookings, [], _horizon);

    [Benchmark]
    public int Query() =>
        _plan
            .FindAvailable(
                RandomPortfolios.Skills[7],
                3,
                Work.FromHours(10),
                new DateInterval(RandomPortfolios.Start.PlusDays(200), RandomPortfolios.Start.PlusDays(290))
            )
            .Length;
}

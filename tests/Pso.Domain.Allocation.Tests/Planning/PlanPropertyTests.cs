using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Testing;

namespace Pso.Domain.Allocation.Tests.Planning;

/// <summary>A random portfolio in the shape of <see cref="PortfolioGenerator"/>: a few projects, people and
/// months.</summary>
public sealed record RandomPortfolio(PortfolioShape Shape, int Seed)
{
    public Portfolio Portfolio { get; } = PortfolioGenerator.Generate(Shape, Seed);

    public override string ToString() => $"{Shape} seed {Seed}";
}

public static class RandomPortfolios
{
    public static Arbitrary<RandomPortfolio> Portfolios() =>
        (
            from projects in Gen.Choose(1, 4)
            from activities in Gen.Choose(2, 14)
            from people in Gen.Choose(2, 8)
            from months in Gen.Choose(1, 3)
            from seed in Gen.Choose(0, 1_000_000)
            select new RandomPortfolio(new PortfolioShape(projects, activities, people, months), seed)
        ).ToArbitrary();
}

public class PlanPropertyTests
{
    private static readonly PlanningOptions Quick = PlanningOptions.Default with
    {
        Solver = SolverOptions.Default with { ScheduleBudget = 300 },
        HorizonDays = 400,
    };

    [SeededProperty(typeof(RandomPortfolios))]
    public Property Every_plan_passes_the_independent_checker(RandomPortfolio random, bool hours)
    {
        PortfolioPlan plan = new PortfolioPlanner().Plan(
            random.Portfolio,
            Quick with
            {
                Granularity = hours ? PlanningGranularity.Hour : PlanningGranularity.Day,
                HorizonDays = hours ? 150 : 400,
            }
        );
        var violations = PlanChecker.Check(plan);
        return violations.IsEmpty.Label($"{random}: {string.Join(" | ", violations.Take(3).Select(v => v.Message))}");
    }

    [SeededProperty(typeof(RandomPortfolios))]
    public Property The_same_portfolio_and_seed_give_the_same_plan(RandomPortfolio random)
    {
        PortfolioPlan first = new PortfolioPlanner().Plan(random.Portfolio, Quick);
        PortfolioPlan second = new PortfolioPlanner().Plan(random.Portfolio, Quick);
        return (
            first.Activities.SequenceEqual(second.Activities)
            && first
                .Bookings.Select(b => (b.Id, b.Dates, string.Join(",", b.ExplicitWork)))
                .SequenceEqual(second.Bookings.Select(b => (b.Id, b.Dates, string.Join(",", b.ExplicitWork))))
        ).ToProperty();
    }
}

using System;
using System.Linq;
using Pso.Domain.Errors;
using Pso.Domain.Testing;
using static Pso.Domain.Reporting.Tests.Amounts;

namespace Pso.Domain.Reporting.Tests;

internal static class Amounts
{
    internal static Money Usd(decimal amount) => Money.Of(amount, "USD");
}

public class EarnedValueTests
{
    /// <summary>The worked example of the issue: BAC 100,000, PV 50,000, EV 40,000, AC 45,000.</summary>
    [Fact]
    public void The_worked_example_gives_the_published_measures()
    {
        var measures = new EarnedValueMeasures(Usd(100_000), Usd(50_000), Usd(40_000), Usd(45_000));

        Assert.Equal(Usd(-10_000), measures.ScheduleVariance);
        Assert.Equal(Usd(-5_000), measures.CostVariance);
        Assert.Equal(0.80m, measures.SchedulePerformanceIndex);
        Assert.Equal(0.8889m, decimal.Round(measures.CostPerformanceIndex!.Value, 4));
        Assert.Equal(Usd(112_500), measures.EstimateAtCompletion);
        Assert.Equal(Usd(67_500), measures.EstimateToComplete);
        Assert.Equal(Usd(-12_500), measures.VarianceAtCompletion);
        Assert.Equal(1.0909m, decimal.Round(measures.ToCompletePerformanceIndex!.Value, 4));
    }

    [Fact]
    public void Each_estimate_at_completion_follows_its_formula()
    {
        var measures = new EarnedValueMeasures(Usd(100_000), Usd(50_000), Usd(40_000), Usd(45_000));

        // AC + (BAC - EV) / (CPI x SPI) = 45,000 + 60,000 / (0.8889 x 0.8) = 45,000 + 84,375.
        Assert.Equal(
            Usd(129_375),
            measures.EstimateAtCompletionBy(EstimateAtCompletionMethod.CostAndSchedulePerformance)
        );
        Assert.Equal(Usd(105_000), measures.EstimateAtCompletionBy(EstimateAtCompletionMethod.BudgetedRate));
        Assert.Equal(Usd(110_000), measures.EstimateAtCompletionBottomUp(Usd(65_000)));
        // (BAC - EV) / (EAC - AC) for an EAC of 110,000: 60,000 / 65,000.
        Assert.Equal(60_000m / 65_000m, measures.ToCompletePerformanceIndexFor(Usd(110_000)));
    }

    [Fact]
    public void Ratios_without_a_divisor_are_null_not_made_up()
    {
        var start = new EarnedValueMeasures(Usd(1_000), Usd(0), Usd(0), Usd(0));

        Assert.Null(start.SchedulePerformanceIndex);
        Assert.Null(start.CostPerformanceIndex);
        Assert.Null(start.EstimateAtCompletion);
        Assert.Null(start.EstimateToComplete);
        Assert.Equal(Usd(1_000), start.EstimateAtCompletionBy(EstimateAtCompletionMethod.BudgetedRate));
        var spent = new EarnedValueMeasures(Usd(1_000), Usd(1_000), Usd(900), Usd(1_000));
        Assert.Null(spent.ToCompletePerformanceIndex);
    }

    [Fact]
    public void Every_estimate_that_divides_by_an_undefined_index_is_null()
    {
        // BAC 100, PV 50, EV 40, AC 0: the CPI is undefined, so EAC and ETC are too (they were 0.00).
        var nothingSpent = new EarnedValueMeasures(Usd(100), Usd(50), Usd(40), Usd(0));
        Assert.Null(nothingSpent.CostPerformanceIndex);
        Assert.Null(nothingSpent.EstimateAtCompletion);
        Assert.Null(nothingSpent.EstimateToComplete);
        Assert.Null(nothingSpent.VarianceAtCompletion);
        Assert.Null(nothingSpent.EstimateAtCompletionBy(EstimateAtCompletionMethod.CostAndSchedulePerformance));
        Assert.Equal(Usd(60), nothingSpent.EstimateAtCompletionBy(EstimateAtCompletionMethod.BudgetedRate));
        // Nothing planned: the SPI is undefined, so the estimate by cost and schedule performance is too.
        Assert.Null(
            new EarnedValueMeasures(Usd(100), Usd(0), Usd(40), Usd(50)).EstimateAtCompletionBy(
                EstimateAtCompletionMethod.CostAndSchedulePerformance
            )
        );
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(0, 10, 5)]
    [InlineData(100, 150, 20)]
    public void Earned_value_above_the_budget_is_flagged_and_gives_no_negative_estimate(int bac, int ev, int ac)
    {
        var measures = new EarnedValueMeasures(Usd(bac), Usd(bac), Usd(ev), Usd(ac));
        Assert.True(measures.EarnedValueExceedsBudget);
        foreach (EstimateAtCompletionMethod method in Enum.GetValues<EstimateAtCompletionMethod>())
        {
            Assert.Null(measures.EstimateAtCompletionBy(method));
        }
        Assert.Null(measures.EstimateToComplete);
        Assert.Null(measures.ToCompletePerformanceIndex);
        Assert.Null(measures.ToCompletePerformanceIndexFor(Usd(1_000)));
        Assert.False(new EarnedValueMeasures(Usd(100), Usd(100), Usd(100), Usd(90)).EarnedValueExceedsBudget);
    }

    [Fact]
    public void No_to_complete_index_once_the_budget_is_overspent()
    {
        var overspent = new EarnedValueMeasures(Usd(100), Usd(80), Usd(50), Usd(120));
        Assert.Null(overspent.ToCompletePerformanceIndex);
        Assert.Null(overspent.ToCompletePerformanceIndexFor(Usd(110)));
        Assert.Equal(50m / 80m, overspent.ToCompletePerformanceIndexFor(Usd(200)));
    }

    [SeededProperty]
    public bool No_estimate_is_ever_below_zero(int bac, int pv, int ev, int ac)
    {
        var measures = new EarnedValueMeasures(
            Usd(Math.Abs(bac % 1000)),
            Usd(Math.Abs(pv % 1000)),
            Usd(Math.Abs(ev % 1000)),
            Usd(Math.Abs(ac % 1000))
        );
        return Enum.GetValues<EstimateAtCompletionMethod>()
                .All(m => measures.EstimateAtCompletionBy(m) is not Money eac || eac.Amount >= 0m)
            && (measures.EstimateToComplete is not Money etc || etc.Amount >= 0m);
    }

    [Fact]
    public void Amounts_in_different_currencies_are_refused()
    {
        Assert.Throws<CurrencyMismatchException>(() =>
            new EarnedValueMeasures(Usd(100), Usd(50), Money.Of(40, "EUR"), Usd(45))
        );
        Assert.Throws<ArgumentOutOfRangeException>(() => new EarnedValueMeasures(Usd(100), Usd(-1), Usd(40), Usd(45)));
    }

    /// <summary>Measures of parts add up to the measures of the whole in any grouping and order, so that projects can
    /// be
    /// computed apart (on other threads or machines) and merged without loss.</summary>
    [SeededProperty]
    public bool Merging_is_associative_and_commutative(int[] a, int[] b, int[] c)
    {
        EarnedValueMeasures Part(int[] draws)
        {
            decimal Draw(int i) => draws.Length == 0 ? 0m : Math.Abs(draws[i % draws.Length] % 1_000_000) / 100m;
            return new EarnedValueMeasures(Usd(Draw(0) + Draw(1)), Usd(Draw(1)), Usd(Draw(2)), Usd(Draw(3)));
        }
        EarnedValueMeasures x = Part(a),
            y = Part(b),
            z = Part(c);
        return (x + y) + z == x + (y + z)
            && x + y == y + x
            && ((x + y) + z).CostPerformanceIndex == (z + (y + x)).CostPerformanceIndex;
    }
}

public class EarnedScheduleTests
{
    /// <summary>The worked example of the issue: cumulative PV by month 10, 25, 45, 70, 90, 100 (thousands), EV 52 at
    /// the
    /// end of month 4, planned duration 6 months.</summary>
    [Fact]
    public void The_worked_example_gives_the_published_measures()
    {
        Money[] plan = [.. new decimal[] { 10, 25, 45, 70, 90, 100 }.Select(Usd)];

        EarnedScheduleMeasures measures = EarnedScheduleMeasures.From(plan, Usd(52), 4);

        Assert.Equal(3.28m, measures.EarnedSchedule);
        Assert.Equal(6m, measures.PlannedDuration);
        Assert.Equal(0.82m, measures.SchedulePerformanceIndexInTime);
        Assert.Equal(-0.72m, measures.ScheduleVarianceInTime);
        Assert.Equal(7.32m, decimal.Round(measures.IndependentEstimateAtCompletionInTime!.Value, 2));
        Assert.Equal(1.36m, measures.ToCompleteSchedulePerformanceIndex);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0.5)]
    [InlineData(10, 1)]
    [InlineData(45, 3)]
    [InlineData(100, 6)]
    [InlineData(120, 6)]
    public void Earned_schedule_is_read_off_the_planned_value_curve(decimal earned, decimal schedule)
    {
        Money[] plan = [.. new decimal[] { 10, 25, 45, 70, 90, 100 }.Select(Usd)];

        Assert.Equal(schedule, EarnedScheduleMeasures.From(plan, Usd(earned), 3).EarnedSchedule);
    }

    [Fact]
    public void A_curve_that_falls_or_changes_currency_is_refused()
    {
        Assert.Throws<ArgumentException>(() => EarnedScheduleMeasures.From([Usd(10), Usd(5)], Usd(3), 1));
        Assert.Throws<ArgumentException>(() => EarnedScheduleMeasures.From([Usd(10), Money.Of(20, "EUR")], Usd(3), 1));
        Assert.Throws<ArgumentException>(() => EarnedScheduleMeasures.From([], Usd(3), 1));
    }

    [Fact]
    public void Time_measures_without_a_divisor_are_null()
    {
        var start = new EarnedScheduleMeasures(0, 0, 6);
        Assert.Null(start.SchedulePerformanceIndexInTime);
        Assert.Null(start.IndependentEstimateAtCompletionInTime);
        Assert.Null(new EarnedScheduleMeasures(5, 6, 6).ToCompleteSchedulePerformanceIndex);
    }
}

public class EarnedValueTechniqueTests
{
    [Theory]
    [InlineData(EarnedValueTechnique.PercentComplete, 400)]
    [InlineData(EarnedValueTechnique.PhysicalPercentComplete, 250)]
    [InlineData(EarnedValueTechnique.FixedZeroHundred, 0)]
    [InlineData(EarnedValueTechnique.FixedFiftyFifty, 500)]
    [InlineData(EarnedValueTechnique.WeightedMilestones, 300)]
    [InlineData(EarnedValueTechnique.LevelOfEffort, 600)]
    public void Each_technique_earns_by_its_own_measure(EarnedValueTechnique technique, decimal earned)
    {
        // A 1,000 budget, started, 40 % complete by time, 25 % by physical measure, one of three milestones (weights 3,
        // 5, 2)
        // achieved, 600 planned by the status date.
        var progress = new WorkProgress
        {
            Started = true,
            PercentComplete = 40,
            PhysicalPercentComplete = 25,
            Milestones = [new(3, true), new(5, false), new(2, false)],
        };

        Assert.Equal(Usd(earned), EarnedValueTechniques.EarnedValue(technique, Usd(1_000), progress, Usd(600)));
    }

    [Fact]
    public void Finished_work_earns_its_budget_and_no_more()
    {
        var done = new WorkProgress
        {
            Started = true,
            Finished = true,
            PercentComplete = 100,
            PhysicalPercentComplete = 100,
            Milestones = [new(1, true)],
        };
        foreach (EarnedValueTechnique technique in Enum.GetValues<EarnedValueTechnique>())
        {
            Assert.Equal(Usd(1_000), EarnedValueTechniques.EarnedValue(technique, Usd(1_000), done, Usd(1_200)));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            EarnedValueTechniques.EarnedValue(
                EarnedValueTechnique.PercentComplete,
                Usd(1),
                new WorkProgress { PercentComplete = 101 },
                Usd(0)
            )
        );
        Assert.Throws<ArgumentException>(() =>
            EarnedValueTechniques.EarnedValue(
                EarnedValueTechnique.WeightedMilestones,
                Usd(1),
                new WorkProgress(),
                Usd(0)
            )
        );
    }
}

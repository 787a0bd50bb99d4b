using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Budgets;
using Pso.Domain.Costs.Rates;
using Pso.Domain.Errors;
using Pso.Domain.Resources;
using Pso.Domain.Testing;

namespace Pso.Domain.Costs.Tests;

public class CostAccountTreeTests
{
    private static readonly CostAccountTree Tree = new([
        new CostAccount(new("1"), "Atlas") { WbsCode = "1" },
        new CostAccount(new("1.1"), "Design") { Parent = new("1"), WbsCode = "1.1" },
        new CostAccount(new("1.2"), "Build") { Parent = new("1"), WbsCode = "1.2" },
        new CostAccount(new("1.2.1"), "Pipelines") { Parent = new("1.2"), WbsCode = "1.2.1" },
    ]);

    [Fact]
    public void Accounts_roll_up_through_their_parents()
    {
        Assert.Equal(["1", "1.1", "1.2", "1.2.1"], Tree.Subtree(new("1")).Select(a => a.Value));
        Assert.True(Tree.RollsUpInto(new("1.2.1"), new("1")));
        Assert.False(Tree.RollsUpInto(new("1.1"), new("1.2")));
        Assert.Equal([new CostAccountId("1.2.1")], Tree.ChildrenOf(new("1.2")).ToArray());
    }

    [Fact]
    public void A_broken_hierarchy_lists_every_fault()
    {
        var error = Assert.Throws<ValidationException>(() =>
            new CostAccountTree([
                new CostAccount(new("a"), "A") { Parent = new("b") },
                new CostAccount(new("b"), "B") { Parent = new("a") },
                new CostAccount(new("c"), "C") { Parent = new("zz") },
                new CostAccount(new("c"), "C again"),
            ])
        );
        Assert.Equal([CostErrorCodes.Duplicate, CostErrorCodes.UnknownAccount], error.Errors.Select(e => e.Code));
        var cycle = Assert.Throws<ValidationException>(() =>
            new CostAccountTree([
                new CostAccount(new("a"), "A") { Parent = new("b") },
                new CostAccount(new("b"), "B") { Parent = new("a") },
            ])
        );
        Assert.All(cycle.Errors, e => Assert.Equal(CostErrorCodes.Cycle, e.Code));
    }

    [Fact]
    public void Budgets_total_up_the_tree_and_prorate_exactly_by_days()
    {
        var january = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31));
        var quarter = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 3, 31));
        var budget = new Budget(
            BudgetVersion.Original,
            Currency.Eur,
            Tree,
            [
                new BudgetLine(new("1.1"), quarter, Money.Of(9_000m, "EUR")) { Hours = Work.FromHours(100) },
                new BudgetLine(new("1.2.1"), january, Money.Of(1_000.01m, "EUR")) { Hours = Work.FromHours(10) },
            ]
        );
        Assert.Equal(Money.Of(10_000.01m, "EUR"), budget.TotalOf(new("1")));
        Assert.Equal(Money.Of(1_000.01m, "EUR"), budget.TotalOf(new("1.2")));
        Assert.Equal(Work.FromHours(110), budget.HoursOf(new("1")));
        // January is 31 of the quarter's 90 days: 9,000 x 31 / 90 = 3,100.00; plus the January line.
        Assert.Equal(Money.Of(4_100.01m, "EUR"), budget.AmountIn(new("1"), january));
        Assert.Equal(budget.TotalOf(new("1")), budget.AmountIn(new("1"), quarter));
    }

    [Fact]
    public void Phasing_a_budget_week_by_week_loses_no_cent()
    {
        // 900.00 over 31 days phased by ISO weeks: each week alone rounds its share, and the parts gave 899.98.
        var january = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31));
        var budget = new Budget(
            BudgetVersion.Original,
            Currency.Eur,
            Tree,
            [new BudgetLine(new("1.1"), january, Money.Of(900m, "EUR"))]
        );
        DateInterval[] weeks =
        [
            .. Enumerable
                .Range(0, 6)
                .Select(w => new LocalDate(2026, 12, 28).PlusWeeks(w))
                .Select(monday => new DateInterval(monday, monday.PlusDays(6))),
        ];

        var phased = budget.AmountsIn(new("1"), weeks);

        Assert.Equal(Money.Of(900m, "EUR"), Money.Sum(phased, Currency.Eur));
        Assert.Equal([87.10m, 203.23m, 203.23m, 203.22m, 203.22m, 0m], phased.Select(m => m.Amount));
        Assert.Equal(phased[1], budget.AmountIn(new("1"), weeks[1]));
        Assert.Throws<ArgumentException>(() => budget.AmountsIn(new("1"), [january, weeks[2]]));
    }

    [SeededProperty]
    public bool Phasing_over_periods_that_cover_the_lines_sums_exactly_to_the_budget(int seed)
    {
        var random = new Random(seed);
        var start = new LocalDate(2027, 1, 1);
        BudgetLine[] lines =
        [
            .. Enumerable
                .Range(0, random.Next(1, 6))
                .Select(_ =>
                {
                    LocalDate from = start.PlusDays(random.Next(60));
                    return new BudgetLine(
                        random.Next(2) == 0 ? new("1.1") : new("1.2.1"),
                        new DateInterval(from, from.PlusDays(random.Next(90))),
                        Money.Of(random.Next(0, 10_000_000) / 100m, "EUR")
                    );
                }),
        ];
        var budget = new Budget(BudgetVersion.Current, Currency.Eur, Tree, lines);
        // Periods of random lengths from before the first line to after the last.
        var periods = new List<DateInterval>();
        for (LocalDate from = start.PlusDays(-random.Next(10)); from <= start.PlusDays(160); )
        {
            LocalDate to = from.PlusDays(random.Next(0, 40));
            periods.Add(new DateInterval(from, to));
            from = to.PlusDays(1);
        }
        var phased = budget.AmountsIn(new("1"), periods);
        return Money.Sum(phased, Currency.Eur) == budget.TotalOf(new("1"))
            && Money.Sum(
                budget.AmountsIn(new("1.1"), periods).Concat(budget.AmountsIn(new("1.2"), periods)),
                Currency.Eur
            ) == budget.TotalOf(new("1"));
    }

    [Fact]
    public void A_budget_line_in_another_currency_or_account_is_rejected()
    {
        var error = Assert.Throws<ValidationException>(() =>
            new Budget(
                BudgetVersion.Current,
                Currency.Eur,
                Tree,
                [
                    new BudgetLine(
                        new("9"),
                        new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31)),
                        Money.Of(-1m, "USD")
                    ),
                ]
            )
        );
        Assert.Equal(
            [CostErrorCodes.UnknownAccount, CostErrorCodes.CurrencyMismatch, CostErrorCodes.NegativeAmount],
            error.Errors.Select(e => e.Code)
        );
        Assert.All(error.Errors, e => Assert.Equal(1, e.Location.Line));
    }
}

public class RateTests
{
    private static readonly ResourceId Ana = new("ana");
    private static readonly RoleId Developer = new("developer");

    private static RateBook Book() =>
        new([
            new RateCard(new("dev"))
            {
                Role = Developer,
                Rates =
                [
                    new Rate(new LocalDate(2026, 1, 1), Money.Of(80m, "EUR")) { OvertimeCost = Money.Of(120m, "EUR") },
                ],
            },
            new RateCard(new("ana"))
            {
                Resource = Ana,
                Rates =
                [
                    new Rate(new LocalDate(2026, 7, 1), Money.Of(95m, "EUR")) { OvertimeCost = Money.Of(140m, "EUR") },
                    new Rate(new LocalDate(2026, 1, 1), Money.Of(90m, "EUR")),
                ],
            },
        ]);

    [Fact]
    public void Labour_cost_uses_the_rate_in_force_on_each_date_overtime_where_flagged()
    {
        RateBook rates = Book();
        var entries = new[]
        {
            new TimeEntry(Ana, new("P1"), new LocalDate(2026, 6, 30), Work.FromHours(7.5m)),
            new TimeEntry(Ana, new("P1"), new LocalDate(2026, 7, 1), Work.FromHours(7.5m)),
            new TimeEntry(Ana, new("P1"), new LocalDate(2026, 7, 4), Work.FromHours(2)) { Overtime = true },
            new TimeEntry(new("ben"), new("P1"), new LocalDate(2026, 7, 4), Work.FromMinutes(20)) { Role = Developer },
        };
        Assert.Equal(
            [Money.Of(675m, "EUR"), Money.Of(712.50m, "EUR"), Money.Of(280m, "EUR"), Money.Of(26.67m, "EUR")],
            LabourCost.Of(entries, rates).Select(c => c.Cost)
        );
    }

    [Fact]
    public void No_rate_in_force_is_a_clear_error_naming_who_and_when()
    {
        RateBook rates = Book();
        var error = Assert.Throws<RateNotFoundException>(() =>
            rates.RateInForce(new("cy"), null, new LocalDate(2026, 3, 1))
        );
        Assert.Equal(CostErrorCodes.NoRate, error.Code);
        Assert.Contains("'cy'", error.Message);
        Assert.Contains("2026-03-01", error.Message);
        Assert.Throws<RateNotFoundException>(() => rates.RateInForce(Ana, null, new LocalDate(2025, 12, 31)));
        // Ana's own card has no overtime rate before July.
        Assert.Throws<RateNotFoundException>(() =>
            LabourCost.Of(
                new TimeEntry(Ana, new("P1"), new LocalDate(2026, 3, 2), Work.FromHours(1)) { Overtime = true },
                rates
            )
        );
    }

    [Fact]
    public void A_missing_rate_is_named_exactly_overtime_or_standard_with_the_cards_looked_up()
    {
        RateBook rates = Book();
        var overtime = Assert.Throws<RateNotFoundException>(() =>
            LabourCost.Of(
                new TimeEntry(Ana, new("P1"), new LocalDate(2026, 3, 2), Work.FromHours(1)) { Overtime = true },
                rates
            )
        );
        Assert.True(overtime.IsOvertime);
        Assert.Equal(
            "No overtime rate is in force for 'ana' on 2026-03-02: the rate in force, from the rate card of 'ana' "
                + "effective 2026-01-01, has a standard cost of EUR 90.00 per hour and no overtime cost.",
            overtime.Message
        );

        var none = Assert.Throws<RateNotFoundException>(() =>
            rates.RateInForce(Ana, new RoleId("tester"), new LocalDate(2025, 12, 31))
        );
        Assert.False(none.IsOvertime);
        Assert.Equal(
            "No rate is in force for 'ana' on 2025-12-31: its own rate card has no rate effective on or before that "
                + "date (its first is effective 2026-01-01), and its role 'tester' has no rate card.",
            none.Message
        );

        var early = Assert.Throws<RateNotFoundException>(() =>
            rates.RateInForce(new("cy"), Developer, new LocalDate(2025, 6, 1))
        );
        Assert.Equal(
            "No rate is in force for 'cy' on 2025-06-01: it has no rate card of its own, and the card of its role "
                + "'developer' has no rate effective on or before that date (its first is effective 2026-01-01).",
            early.Message
        );
        var noRole = Assert.Throws<RateNotFoundException>(() =>
            rates.RateInForce(new("cy"), null, new LocalDate(2026, 3, 1))
        );
        Assert.EndsWith("it has no rate card of its own, and no role was given to fall back on.", noRole.Message);
    }

    [Fact]
    public void Labour_cost_of_seconds_is_exact_before_it_is_rounded()
    {
        // 20 minutes at EUR 90.015 an hour is EUR 30.005 exactly: rounded away from zero, 30.01.
        var rates = new RateBook([
            new RateCard(new("c"))
            {
                Resource = Ana,
                Rates = [new Rate(new LocalDate(2026, 1, 1), Money.Of(90.015m, "EUR"))],
            },
        ]);
        CostedTimeEntry cost = LabourCost.Of(
            new TimeEntry(Ana, new("P1"), new LocalDate(2026, 3, 2), Work.FromMinutes(20)),
            rates
        );
        Assert.Equal(Money.Of(30.01m, "EUR"), cost.Cost);
    }

    [Fact]
    public void Inconsistent_cards_are_rejected()
    {
        var error = Assert.Throws<ValidationException>(() =>
            new RateBook([
                new RateCard(new("x")),
                new RateCard(new("y"))
                {
                    Role = Developer,
                    Rates =
                    [
                        new Rate(new LocalDate(2026, 1, 1), Money.Of(1m, "EUR")),
                        new Rate(new LocalDate(2026, 1, 1), Money.Of(2m, "USD")),
                    ],
                },
            ])
        );
        Assert.Equal(
            [CostErrorCodes.RateCardSubject, CostErrorCodes.Duplicate, CostErrorCodes.CurrencyMismatch],
            error.Errors.Select(e => e.Code)
        );
    }

    [SeededProperty]
    public void The_rate_in_force_is_the_latest_effective_on_or_before_the_date(int[] offsets, int day)
    {
        LocalDate origin = new(2026, 1, 1);
        var dates = offsets.Select(o => origin.PlusDays(Math.Abs(o % 400))).Distinct().ToList();
        var book = new RateBook([
            new RateCard(new("card"))
            {
                Resource = Ana,
                Rates = [.. dates.Select((d, i) => new Rate(d, Money.Of(i, "EUR")))],
            },
        ]);
        LocalDate date = origin.PlusDays(Math.Abs(day % 450) - 20);
        Rate? expected = book.Cards[0].Rates.Where(r => r.EffectiveFrom <= date).MaxBy(r => r.EffectiveFrom);
        bool found = book.TryGetRate(Ana, null, date, out _, out Rate rate);
        Assert.Equal(expected is not null, found);
        Assert.Equal(expected, found ? rate : null);
    }
}

public class AccrualTests
{
    private static readonly DateInterval[] Months =
    [
        new(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31)),
        new(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 28)),
        new(new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 31)),
    ];

    [Fact]
    public void Work_across_months_accrues_at_start_prorated_or_at_end()
    {
        var span = new DateInterval(new LocalDate(2027, 1, 22), new LocalDate(2027, 2, 10));
        Money fee = Money.Of(1_000m, "EUR");
        Assert.Equal<Money>(
            [fee, Money.Zero(Currency.Eur), Money.Zero(Currency.Eur)],
            Accrual.Spread(fee, span, Months, AccrualMethod.AtStart)
        );
        Assert.Equal<Money>(
            [Money.Zero(Currency.Eur), fee, Money.Zero(Currency.Eur)],
            Accrual.Spread(fee, span, Months, AccrualMethod.AtEnd)
        );
        // 10 days in January, 10 in February.
        Assert.Equal<Money>(
            [Money.Of(500m, "EUR"), Money.Of(500m, "EUR"), Money.Zero(Currency.Eur)],
            Accrual.Spread(fee, span, Months, AccrualMethod.Prorated)
        );
        Assert.Throws<ArgumentException>(() =>
            Accrual.Spread(
                fee,
                new DateInterval(new LocalDate(2027, 5, 1), new LocalDate(2027, 5, 2)),
                Months,
                AccrualMethod.Prorated
            )
        );
    }

    [SeededProperty]
    public void Accrual_over_periods_sums_exactly(int cents, int start, int length, int method)
    {
        Money amount = new(Math.Abs(cents % 10_000_000) / 100m, Currency.Eur);
        LocalDate from = Months[0].Start.PlusDays(Math.Abs(start % 89));
        var span = new DateInterval(from, LocalDate.Min(from.PlusDays(Math.Abs(length % 60)), Months[2].End));
        var parts = Accrual.Spread(amount, span, Months, (AccrualMethod)Math.Abs(method % 3));
        Assert.Equal(amount, Money.Sum(parts, Currency.Eur));
        Assert.All(parts, p => Assert.Equal(p, p.Round(MidpointRounding.ToEven)));
    }
}

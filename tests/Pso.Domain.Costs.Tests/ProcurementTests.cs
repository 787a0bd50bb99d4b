using System;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Budgets;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Costs.Rates;
using Pso.Domain.Resources;

namespace Pso.Domain.Costs.Tests;

public class ProcurementTests
{
    private static readonly LocalDate March = new(2027, 3, 1);

    private static readonly Commitment Order = new(
        new CommitmentId("PO-7"),
        new VendorId("Acme"),
        March,
        new ProjectId("P1")
    )
    {
        Lines =
        [
            new CommitmentLine(1, "Laptops", 4, Money.Of(1_200m, "EUR")),
            new CommitmentLine(2, "Set-up days", 3, Money.Of(650m, "EUR")),
        ],
    };

    private static InvoiceLine Billing(int number, int orderLine, decimal quantity, decimal price, decimal tax) =>
        new(number, "item", quantity, Money.Of(price, "EUR"))
        {
            Commitment = new CommitmentId("PO-7"),
            CommitmentLine = orderLine,
            Tax = Money.Of(tax, "EUR"),
        };

    [Fact]
    public void A_clean_invoice_matches_and_lowers_the_open_commitment()
    {
        // Two laptops at the agreed price, with 20 % tax, both received.
        var invoice = new Invoice(new VendorId("Acme"), "A-100", March.PlusDays(10), Money.Of(2_880m, "EUR"))
        {
            Lines = [Billing(1, 1, 2, 1_200m, 480m)],
        };
        MatchReport report = ThreeWayMatch.Match(
            [Order],
            [invoice],
            [new Receipt(new CommitmentId("PO-7"), 1, March.PlusDays(5), 2)]
        );
        Assert.Empty(report.Issues);
        Assert.Equal(Money.Of(4_800m + 1_950m - 2_400m, "EUR"), report.Open[new CommitmentId("PO-7")]);
        Assert.Equal(Money.Of(6_750m, "EUR"), Order.Total);
    }

    [Fact]
    public void Every_mismatch_is_reported_with_its_code_and_line()
    {
        Invoice[] invoices =
        [
            new(new VendorId("Acme"), "A-1", March, Money.Of(1_000m, "EUR")) { Lines = [Billing(1, 1, 1, 1_250m, 0m)] }, // price, not summing, not received
            new(new VendorId("Acme"), "A-2", March, Money.Of(4_800m, "EUR")) { Lines = [Billing(1, 1, 4, 1_200m, 0m)] }, // over-invoiced (5 of 4), not received
            new(new VendorId("Acme"), "A-2", March, Money.Of(1m, "EUR")), // duplicate number
            new(new VendorId("Acme"), "A-3", March, Money.Of(1m, "EUR"))
            {
                Lines = [new InvoiceLine(1, "x", 1, Money.Of(1m, "EUR")) { Commitment = new CommitmentId("PO-9") }],
            },
            new(new VendorId("Acme"), "A-4", March, Money.Of(650m, "USD"))
            {
                Lines =
                [
                    new InvoiceLine(1, "x", 1, Money.Of(650m, "USD"))
                    {
                        Commitment = new CommitmentId("PO-7"),
                        CommitmentLine = 2,
                    },
                ],
            },
            new(new VendorId("Acme"), "A-5", March, Money.Of(650m, "EUR")) { Lines = [Billing(1, 9, 1, 650m, 0m)] },
        ];
        MatchReport report = ThreeWayMatch.Match(
            [Order],
            invoices,
            [new Receipt(new CommitmentId("PO-7"), 1, March, 3)]
        );
        Assert.Equal(
            [
                ("A-1", MatchCodes.LinesDoNotSum),
                ("A-1", MatchCodes.PriceMismatch),
                ("A-2", MatchCodes.OverInvoiced),
                ("A-2", MatchCodes.NotReceived),
                ("A-2", MatchCodes.DuplicateInvoice),
                ("A-3", MatchCodes.UnknownCommitment),
                ("A-4", MatchCodes.CommitmentMismatch),
                ("A-5", MatchCodes.UnknownCommitment),
            ],
            report.Issues.Select(i => (i.Invoice, i.Code))
        );
        Assert.Contains("5; 4 were ordered", report.Issues.Single(i => i.Code == MatchCodes.OverInvoiced).Message);
        // Lines billed against the order's known lines count against it: 6,750 - 1,250 - 4,800.
        Assert.Equal(Money.Of(700m, "EUR"), report.Open[new CommitmentId("PO-7")]);
    }

    [Fact]
    public void Invoice_status_moves_only_along_its_workflow()
    {
        var draft = new Invoice(new VendorId("Acme"), "A-9", March, Money.Of(10m, "EUR"));
        Invoice paid = draft.Approve().Pay(March.PlusDays(30));
        Assert.Equal(InvoiceStatus.Paid, paid.Status);
        Assert.Equal(March.PlusDays(30), paid.PaidOn);
        Invoice disputed = draft.Dispute("wrong quantity");
        Assert.Equal("wrong quantity", disputed.DisputeReason);
        Assert.Equal(InvoiceStatus.Approved, disputed.Approve().Status);
        Assert.Throws<InvalidOperationException>(() => draft.Pay(March));
        Assert.Throws<InvalidOperationException>(() => paid.Dispute("late"));
        Assert.Throws<InvalidOperationException>(() => paid.Approve());
    }
}

public class ActualCostsTests
{
    [Fact]
    public void Labour_and_expenses_are_converted_on_their_own_dates_and_summed_by_project_account_and_dates()
    {
        var accounts = new CostAccountTree([
            new CostAccount(new("1"), "Atlas"),
            new CostAccount(new("1.1"), "Build") { Parent = new("1") },
        ]);
        var rates = new RateBook([
            new RateCard(new("ana"))
            {
                Resource = new("ana"),
                Rates = [new Rate(new LocalDate(2027, 1, 1), Money.Of(100m, "USD"))],
            },
        ]);
        var fx = new ExchangeRateTable([
            new ExchangeRate(
                Currency.Usd,
                Currency.Eur,
                0.9m,
                new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31))
            ),
            new ExchangeRate(
                Currency.Usd,
                Currency.Eur,
                0.8m,
                new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 28))
            ),
        ]);
        var labour = LabourCost.Of(
            [
                new TimeEntry(new("ana"), new("P1"), new LocalDate(2027, 1, 15), Work.FromHours(10))
                {
                    Account = new("1.1"),
                },
                new TimeEntry(new("ana"), new("P1"), new LocalDate(2027, 2, 15), Work.FromHours(10))
                {
                    Account = new("1.1"),
                },
            ],
            rates
        );
        Expense[] expenses =
        [
            new(new ExpenseId("E1"), new LocalDate(2027, 1, 20), Money.Of(123.45m, "EUR"), "travel", new("P2"))
            {
                Account = new("1"),
            },
        ];

        ActualCosts actual = ActualCosts.Collect(labour, expenses, Currency.Eur, fx);

        Assert.Equal([900m, 123.45m, 800m], actual.Items.Select(i => i.Reporting.Amount));
        Assert.Equal(Money.Of(1_823.45m, "EUR"), actual.Total);
        Assert.Equal(Money.Of(1_700m, "EUR"), actual.TotalOf(new ProjectId("P1")));
        Assert.Equal(Money.Of(1_823.45m, "EUR"), actual.TotalOf(new CostAccountId("1"), accounts));
        Assert.Equal(Money.Of(1_700m, "EUR"), actual.TotalOf(new CostAccountId("1.1"), accounts));
        Assert.Equal(
            Money.Of(1_023.45m, "EUR"),
            actual.TotalIn(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31)))
        );
        Assert.Throws<Pso.Domain.Errors.ExchangeRateNotFoundException>(() =>
            ActualCosts.Collect(labour, [], Currency.Gbp, fx)
        );
    }
}

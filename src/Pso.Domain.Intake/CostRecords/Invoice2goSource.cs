using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>Invoice2go's export: one row per invoice, its items and taxes embedded in cells as small CSV
/// tables.</summary>
internal sealed class Invoice2goSource()
    : InvoiceSource(
        "invoice2go",
        "Invoice2go export, one row per invoice (DocumentNumber, Name, DocumentDate, CurrencyCode, TotalAmount, Items "
            + "and TotalTaxAmount as embedded tables)."
    )
{
    private protected override bool RowsAreLines => false;

    private protected override bool StatesTotal => true;

    internal override bool Recognises(IntakeHeader header) =>
        header.Has("DocumentNumber", "DocumentDate", "Items", "TotalAmount");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        int number = header.Find("DocumentNumber");
        int name = header.Find("Name");
        int date = header.Find("DocumentDate");
        int currency = header.Find("CurrencyCode");
        int total = header.Find("TotalAmount");
        int items = header.Find("Items");
        int taxes = header.Find("TotalTaxAmount");
        int status = header.Find("DocumentStatus");
        int paid = header.Find("DatePaid");
        int discount = header.Find("DiscountAmount");
        int shipping = header.Find("ShipAmount");
        return new DelegateReader<Invoice>(
            (IntakeRow row, out string key) =>
            {
                key = "";
                CultureInfo invariant = CultureInfo.InvariantCulture;
                Currency? money = row.CurrencyOf(row.Value(currency), currency, "CurrencyCode");
                decimal? stated = MoneyCells.Amount(row, total, true, invariant, "TotalAmount");
                InvoiceStatus? state = Status(row, status);
                LocalDate? issuedOn = row.Date(date, true, DateOrder.Unspecified, "DocumentDate");
                ImmutableArray<InvoiceLine> lines = [];
                if (money is Currency c && row.Errors is null)
                {
                    lines = Lines(row, items, taxes, discount, shipping, c);
                }
                Invoice? invoice = Make(
                    row,
                    row.Value(name),
                    name,
                    row.Value(number),
                    number,
                    issuedOn,
                    stated,
                    money,
                    lines,
                    out key
                );
                return invoice is null
                    ? null
                    : invoice with
                    {
                        Status = state ?? InvoiceStatus.Draft,
                        PaidOn = row.Date(paid, false, DateOrder.Unspecified, "DatePaid"),
                    };
            }
        );
    }

    /// <summary>Reads the embedded items (a header then rows, separated by semicolons) and spreads the embedded tax
    /// total over them by their net amounts, exactly.</summary>
    private static ImmutableArray<InvoiceLine> Lines(
        IntakeRow row,
        int items,
        int taxes,
        int discount,
        int shipping,
        Currency currency
    )
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        List<string> records = MoneyCells.Split(row.Value(items), ';', unquote: false);
        if (records.Count < 2)
        {
            return [];
        }
        List<string> names = MoneyCells.Split(records[0], ',');
        int description = names.IndexOf("description");
        int qty = names.IndexOf("qty");
        int price = names.IndexOf("unit_price");
        var lines = new List<InvoiceLine>();
        foreach (string record in records.Skip(1))
        {
            List<string> cells = MoneyCells.Split(record, ',');
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i] : "";
            if (
                IntakeValues.TryNumber(Cell(qty), invariant, out decimal q) != IntakeValues.Outcome.Read
                || Math.Abs(q) >= MoneyCells.Largest
                || IntakeValues.TryNumber(Cell(price), invariant, out decimal p) != IntakeValues.Outcome.Read
                || Math.Abs(p) >= MoneyCells.Largest
            )
            {
                row.Fail(IntakeErrorCodes.BadNumber, items, $"the item '{record}' has no readable qty and unit_price.");
                return [];
            }
            lines.Add(new InvoiceLine(lines.Count + 1, Cell(description), q, new Money(p, currency)));
        }
        // The tax table: sub_total,total,rate,tax_id; one row per tax. Its totals are spread over the lines.
        decimal tax = 0;
        List<string> taxRows = MoneyCells.Split(row.Value(taxes), ';', unquote: false);
        int totalAt = taxRows.Count > 0 ? MoneyCells.Split(taxRows[0], ',').IndexOf("total") : -1;
        foreach (string taxRow in taxRows.Skip(1))
        {
            List<string> cells = MoneyCells.Split(taxRow, ',');
            if (
                totalAt >= 0
                && totalAt < cells.Count
                && IntakeValues.TryNumber(cells[totalAt], invariant, out decimal t) == IntakeValues.Outcome.Read
                && Math.Abs(t) < MoneyCells.Largest
            )
            {
                tax += t;
            }
        }
        decimal adjustments =
            (MoneyCells.Amount(row, shipping, false, invariant) ?? 0)
            - (MoneyCells.Amount(row, discount, false, invariant) ?? 0);
        if (adjustments != 0)
        {
            lines.Add(new InvoiceLine(lines.Count + 1, "shipping and discount", 1, new Money(adjustments, currency)));
        }
        decimal[] weights = [.. lines.Select(l => Math.Abs(l.Net.Amount))];
        if (tax != 0 && weights.Sum() > 0)
        {
            ImmutableArray<Money> shares = new Money(tax, currency).Allocate(weights);
            return [.. lines.Select((l, i) => shares[i].IsZero ? l : l with { Tax = shares[i] })];
        }
        return [.. lines];
    }
}

using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>Our own invoice schema: one row per line, the invoice's fields repeated.</summary>
internal sealed class PsoInvoiceSource()
    : InvoiceSource(
        "pso-invoices",
        "Supplier invoices in Pso.Domain's own schema, one row per line: vendor, number, issued, currency, total; "
            + "line, description, quantity, unit_price, tax, commitment, commitment_line, due, paid, status optional "
            + "(a "
            + "row without quantity and unit price is an invoice without lines)."
    )
{
    private protected override bool RowsAreLines => true;

    private protected override bool StatesTotal => true;

    internal override bool Recognises(IntakeHeader header) => header.Has("vendor", "number", "issued", "total");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "vendor", "number", "issued", "currency", "total");
        int vendor = header.Find("vendor");
        int number = header.Find("number");
        int issued = header.Find("issued");
        int currency = header.Find("currency");
        int total = header.Find("total");
        int line = header.Find("line");
        int description = header.Find("description");
        int quantity = header.Find("quantity");
        int price = header.Find("unit_price");
        int tax = header.Find("tax");
        int due = header.Find("due");
        int paid = header.Find("paid");
        int status = header.Find("status");
        int commitment = header.Find("commitment");
        int commitmentLine = header.Find("commitment_line");
        return new DelegateReader<Invoice>(
            (IntakeRow row, out string key) =>
            {
                key = "";
                CultureInfo invariant = CultureInfo.InvariantCulture;
                Currency? money = row.CurrencyOf(row.Value(currency), currency, "currency");
                // A row with neither quantity nor unit price is an invoice without lines (its total only).
                bool hasLine = !row.Cell(quantity).IsEmpty || !row.Cell(price).IsEmpty;
                decimal? qty = MoneyCells.Amount(row, quantity, hasLine, invariant, "quantity");
                decimal? unit = MoneyCells.Amount(row, price, hasLine, invariant, "unit_price");
                decimal? taxed = MoneyCells.Amount(row, tax, false, invariant, "tax");
                decimal? stated = MoneyCells.Amount(row, total, true, invariant, "total");
                decimal? lineNumber = row.Number(line, false, invariant, "line");
                decimal? orderLine = row.Number(commitmentLine, false, invariant, "commitment_line");
                InvoiceStatus? state = Status(row, status);
                LocalDate? issuedOn = row.Date(issued, true, DateOrder.Unspecified, "issued");
                if (lineNumber is < 0 or > 100_000 || orderLine is < 0 or > 100_000)
                {
                    row.Fail(IntakeErrorCodes.OutOfRange, line, "a line number runs from 0 to 100,000.");
                }
                if (
                    money is not Currency c
                    || state is null
                    || row.Errors is not null
                    || (hasLine && (qty is null || unit is null))
                )
                {
                    if (stated is decimal statedTotal && money is Currency rowCurrency)
                    {
                        row.Measure(rowCurrency.Code, statedTotal);
                    }
                    return null;
                }
                InvoiceLine? item = hasLine
                    ? new InvoiceLine(
                        (int)(lineNumber ?? 0),
                        row.Value(description),
                        qty!.Value,
                        new Money(unit!.Value, c)
                    )
                    {
                        Tax = taxed is decimal taxAmount ? new Money(taxAmount, c) : null,
                        Commitment = row.Id<CommitmentId>(commitment, false, "commitment"),
                        CommitmentLine = orderLine is decimal orderLineNumber ? (int)orderLineNumber : null,
                    }
                    : null;
                Invoice? invoice = Make(
                    row,
                    row.Value(vendor),
                    vendor,
                    row.Value(number),
                    number,
                    issuedOn,
                    stated,
                    money,
                    item is null ? [] : [item],
                    out key,
                    row.Value(line) is { Length: > 0 } ln ? ln : row.Text
                );
                // The measure of a line is its gross amount, accepted or not, so that an invoice's lines add up to what
                // was read.
                if (item is not null)
                {
                    row.Measures = default;
                    row.Measure(c.Code, item.Gross.Amount);
                }
                if (invoice is null)
                {
                    return null;
                }
                return invoice with
                {
                    Due = row.Date(due, false, DateOrder.Unspecified, "due"),
                    PaidOn = row.Date(paid, false, DateOrder.Unspecified, "paid"),
                    Status = state.Value,
                };
            }
        );
    }
}

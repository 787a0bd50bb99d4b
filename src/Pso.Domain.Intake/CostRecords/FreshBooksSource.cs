using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>FreshBooks' invoice export: one row per line item.</summary>
internal sealed class FreshBooksSource()
    : InvoiceSource(
        "freshbooks",
        "FreshBooks invoice export, one row per line item (Client Name, Invoice #, Date Issued, Invoice Status, Rate, "
            + "Quantity, Line Total, Currency)."
    )
{
    private protected override bool RowsAreLines => true;

    private protected override bool StatesTotal => false;

    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Client Name", "Invoice #", "Date Issued", "Line Total");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        int client = header.Find("Client Name");
        int number = header.Find("Invoice #");
        int issued = header.Find("Date Issued");
        int status = header.Find("Invoice Status");
        int paid = header.Find("Date Paid");
        int item = header.Find("Item Name");
        int description = header.Find("Item Description");
        int rate = header.Find("Rate");
        int quantity = header.Find("Quantity");
        int discount = header.Find("Discount Percentage");
        int tax1 = header.Find("Tax 1 Amount");
        int tax2 = header.Find("Tax 2 Amount");
        int total = header.Find("Line Total");
        int currency = header.Find("Currency");
        var lines = new Dictionary<(string, string), int>();
        return new DelegateReader<Invoice>(
            (IntakeRow row, out string key) =>
            {
                key = "";
                CultureInfo invariant = CultureInfo.InvariantCulture;
                Currency? money = row.CurrencyOf(row.Value(currency), currency, "Currency");
                decimal? qty = MoneyCells.Amount(row, quantity, true, invariant, "Quantity");
                decimal? unit = MoneyCells.Amount(row, rate, true, invariant, "Rate");
                decimal? off = row.Number(discount, false, invariant, "Discount Percentage");
                decimal tax =
                    (MoneyCells.Amount(row, tax1, false, invariant) ?? 0)
                    + (MoneyCells.Amount(row, tax2, false, invariant) ?? 0);
                decimal? lineTotal = MoneyCells.Amount(row, total, true, invariant, "Line Total");
                InvoiceStatus? state = Status(row, status);
                LocalDate? issuedOn = row.Date(issued, true, DateOrder.Unspecified, "Date Issued");
                if (off is < 0 or > 100)
                {
                    row.Fail(IntakeErrorCodes.OutOfRange, discount, $"{off} percent: a discount runs from 0 to 100.");
                }
                if (
                    money is not Currency c
                    || qty is null
                    || unit is null
                    || state is null
                    || lineTotal is null
                    || row.Errors is not null
                )
                {
                    if (lineTotal is decimal amount && money is Currency rowCurrency)
                    {
                        row.Measure(rowCurrency.Code, amount);
                    }
                    return null;
                }
                // The discount lowers the unit price; the line must then come to its stated total.
                decimal price = Math.Round(unit.Value * (1 - ((off ?? 0) / 100)), 6);
                var line = new InvoiceLine(
                    0,
                    $"{row.Value(item)}: {row.Value(description)}".Trim(' ', ':'),
                    qty.Value,
                    new Money(price, c)
                )
                {
                    Tax = tax != 0 ? new Money(tax, c) : null,
                };
                if (line.Gross.Amount != lineTotal.Value)
                {
                    row.Fail(
                        IntakeErrorCodes.LinesDoNotSum,
                        total,
                        $"{qty} x {price} plus tax {tax} is {line.Gross.Amount}, not the line total {lineTotal}."
                    );
                }
                string vendor = row.Value(client);
                string invoiceNumber = row.Value(number);
                int n = lines[(vendor, invoiceNumber)] = lines.GetValueOrDefault((vendor, invoiceNumber)) + 1;
                Invoice? invoice = Make(
                    row,
                    vendor,
                    client,
                    invoiceNumber,
                    number,
                    issuedOn,
                    lineTotal,
                    money,
                    [line],
                    out key,
                    string.Create(invariant, $"{n}|{row.Value(item)}|{qty}|{unit}")
                );
                return invoice is null
                    ? null
                    : invoice with
                    {
                        Status = state.Value,
                        PaidOn = row.Date(paid, false, DateOrder.Unspecified, "Date Paid"),
                    };
            }
        );
    }
}

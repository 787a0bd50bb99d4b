using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>Zoho Invoice's (and Zoho Books') invoice export: one row per line item, the invoice's own fields
/// repeated.</summary>
internal sealed class ZohoSource()
    : InvoiceSource(
        "zoho",
        "Zoho Invoice / Zoho Books invoice export, one row per line item (Invoice Number, Invoice Date, Due Date, "
            + "Invoice Status, Customer Name, Currency Code, Total, Item Name, Item Desc, Quantity, Item Price, "
            + "Discount Amount, Item Tax Amount)."
    )
{
    private protected override bool RowsAreLines => true;

    private protected override bool StatesTotal => true;

    private protected override CultureInfo? Culture => null;

    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Invoice Number", "Invoice Date", "Customer Name", "Item Name");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "Invoice Number", "Invoice Date", "Customer Name", "Total");
        int number = header.Find("Invoice Number");
        int date = header.Find("Invoice Date");
        int due = header.Find("Due Date");
        int status = header.Find("Invoice Status");
        int customer = header.Find("Customer Name");
        int currency = header.Find("Currency Code", "Currency");
        int total = header.Find("Total");
        int item = header.Find("Item Name");
        int description = header.Find("Item Desc", "Item Description");
        int quantity = header.Find("Quantity");
        int price = header.Find("Item Price");
        int discount = header.Find("Discount Amount");
        int tax = header.Find("Item Tax Amount", "Item Tax");
        var lines = new Dictionary<(string, string), int>();
        return new DelegateReader<Invoice>(
            (IntakeRow row, out string key) =>
            {
                key = "";
                Currency? money = row.CurrencyOf(row.Value(currency), currency, "Currency Code");
                decimal? qty = MoneyCells.Amount(row, quantity, true, null, "Quantity");
                decimal? unit = MoneyCells.Amount(row, price, true, null, "Item Price");
                decimal off = MoneyCells.Amount(row, discount, false, null, "Discount Amount") ?? 0;
                decimal? taxed = MoneyCells.Amount(row, tax, false, null, "Item Tax Amount");
                decimal? stated = MoneyCells.Amount(row, total, true, null, "Total");
                InvoiceStatus? state = Status(row, status);
                LocalDate? issuedOn = row.Date(date, true, DateOrder.Unspecified, "Invoice Date");
                if (money is not Currency c || qty is null || unit is null || state is null || row.Errors is not null)
                {
                    return null;
                }
                // An amount discount lowers the line: it is taken off the unit price, spread over the quantity.
                decimal each = qty.Value == 0 ? unit.Value : Math.Round(unit.Value - (off / qty.Value), 6);
                var line = new InvoiceLine(
                    0,
                    $"{row.Value(item)}: {row.Value(description)}".Trim(' ', ':'),
                    qty.Value,
                    new Money(each, c)
                )
                {
                    Tax = taxed is decimal t && t != 0 ? new Money(t, c) : null,
                };
                string vendor = row.Value(customer);
                string invoiceNumber = row.Value(number);
                int n = lines[(vendor, invoiceNumber)] = lines.GetValueOrDefault((vendor, invoiceNumber)) + 1;
                Invoice? invoice = Make(
                    row,
                    vendor,
                    customer,
                    invoiceNumber,
                    number,
                    issuedOn,
                    stated,
                    money,
                    [line],
                    out key,
                    string.Create(CultureInfo.InvariantCulture, $"{n}|{row.Value(item)}|{qty}|{unit}")
                );
                row.Measures = default;
                row.Measure(c.Code, line.Gross.Amount);
                return invoice is null
                    ? null
                    : invoice with
                    {
                        Status = state.Value,
                        Due = row.Date(due, false, DateOrder.Unspecified, "Due Date"),
                    };
            }
        );
    }
}

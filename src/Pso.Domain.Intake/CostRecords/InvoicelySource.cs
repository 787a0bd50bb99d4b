using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>Invoicely's export: one row per invoice, totals only.</summary>
internal sealed class InvoicelySource()
    : InvoiceSource(
        "invoicely",
        "Invoicely export, one row per invoice (Date, Due, Details, Client, Status, Total); the currency from "
            + "IntakeOptions.Currency."
    )
{
    private protected override bool RowsAreLines => false;

    private protected override bool StatesTotal => true;

    private protected override CultureInfo? Culture => null;

    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Date", "Due", "Details", "Client", "Status", "Total");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        int date = header.Find("Date");
        int due = header.Find("Due");
        int details = header.Find("Details");
        int client = header.Find("Client");
        int status = header.Find("Status");
        int total = header.Find("Total");
        return new DelegateReader<Invoice>(
            (IntakeRow row, out string key) =>
            {
                Currency? money = row.CurrencyOf(null, -1, "currency");
                decimal? stated = MoneyCells.Amount(row, total, true, null, "Total");
                InvoiceStatus? state = Status(row, status);
                LocalDate? issuedOn = row.Date(date, true, DateOrder.MonthDayYear, "Date");
                Invoice? invoice = Make(
                    row,
                    row.Value(client),
                    client,
                    row.Value(details),
                    details,
                    issuedOn,
                    stated,
                    money,
                    [],
                    out key
                );
                return invoice is null
                    ? null
                    : invoice with
                    {
                        Status = state ?? InvoiceStatus.Draft,
                        Due = row.Date(due, false, DateOrder.MonthDayYear, "Due"),
                    };
            }
        );
    }
}

using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>Invoice Ninja's version 4 expense export.</summary>
internal sealed class InvoiceNinjaSource()
    : ExpenseSource(
        "invoiceninja",
        "Invoice Ninja v4 expense export (a preamble, then Client, Project, Notes, Amount, Date)."
    )
{
    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Client", "Project", "Notes", "Amount", "Date");

    private protected override RowReader<Expense> Bind(IntakeHeader header, List<string> missing)
    {
        int client = header.Find("Client");
        int project = header.Find("Project");
        int notes = header.Find("Notes");
        int amount = header.Find("Amount");
        int date = header.Find("Date");
        return new DelegateReader<Expense>(
            (IntakeRow row, out string key) =>
            {
                LocalDate? day = row.Date(date, true, DateOrder.Unspecified, "Date");
                decimal? value = MoneyCells.Amount(row, amount, true, CultureInfo.InvariantCulture, "Amount");
                Currency? money = row.CurrencyOf(null, -1, "currency");
                Expense? expense = Make(
                    row,
                    "",
                    -1,
                    day,
                    value,
                    money,
                    row.Value(notes),
                    row.Value(project),
                    project,
                    "",
                    -1,
                    out key
                );
                return expense is null
                    ? null
                    : expense with
                    {
                        Vendor = row.Value(client) is { Length: > 0 } v ? row.Id<VendorId>(v, client, "vendor") : null,
                    };
            }
        );
    }
}

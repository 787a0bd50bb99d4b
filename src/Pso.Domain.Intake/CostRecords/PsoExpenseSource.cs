using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>Our own expense schema.</summary>
internal sealed class PsoExpenseSource()
    : ExpenseSource(
        "pso-expenses",
        "Expenses in Pso.Domain's own schema: id, date, amount, currency, category, project; account, activity, "
            + "vendor, receipt optional."
    )
{
    internal override bool Recognises(IntakeHeader header) => header.Has("date", "amount", "currency", "category");

    private protected override RowReader<Expense> Bind(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "date", "amount", "currency", "category");
        int id = header.Find("id");
        int date = header.Find("date");
        int amount = header.Find("amount");
        int currency = header.Find("currency");
        int category = header.Find("category");
        int project = header.Find("project");
        int account = header.Find("account");
        int activity = header.Find("activity");
        int vendor = header.Find("vendor");
        int receipt = header.Find("receipt");
        return new DelegateReader<Expense>(
            (IntakeRow row, out string key) =>
            {
                LocalDate? day = row.Date(date, true, DateOrder.Unspecified, "date");
                decimal? value = MoneyCells.Amount(row, amount, true, CultureInfo.InvariantCulture, "amount");
                Currency? money = row.CurrencyOf(row.Value(currency), currency, "currency");
                ActivityId? task = row.Id<ActivityId>(activity, false, "activity");
                Expense? expense = Make(
                    row,
                    row.Raw(id),
                    id,
                    day,
                    value,
                    money,
                    row.Value(category),
                    row.Value(project),
                    project,
                    row.Value(account),
                    account,
                    out key
                );
                return expense is null
                    ? null
                    : expense with
                    {
                        Activity = task,
                        Vendor = row.Value(vendor) is { Length: > 0 } v ? row.Id<VendorId>(v, vendor, "vendor") : null,
                        Receipt = row.Value(receipt) is { Length: > 0 } r ? r : null,
                    };
            }
        );
    }
}

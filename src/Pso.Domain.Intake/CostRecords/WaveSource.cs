using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>Wave's transactions export: double entry, one row per account of each transaction.</summary>
internal sealed class WaveSource()
    : ExpenseSource(
        "wave",
        "Wave transactions export (Transaction ID, Transaction Date, Account Name, Debit/Credit Amount, Vendor, "
            + "Account Group); only rows on expense accounts are expenses."
    )
{
    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Transaction ID", "Transaction Date", "Account Name", "Account Group");

    private protected override RowReader<Expense> Bind(IntakeHeader header, List<string> missing)
    {
        int id = header.Find("Transaction ID");
        int date = header.Find("Transaction Date");
        int account = header.Find("Account Name");
        int debit = header.Find("Debit Amount (Two Column Approach)");
        int credit = header.Find("Credit Amount (Two Column Approach)");
        int one = header.Find("Amount (One column)");
        int vendor = header.Find("Vendor");
        int group = header.Find("Account Group");
        int accountId = header.Find("Account ID");
        int bill = header.Find("Bill Number");
        // A bill's lines on one account carry the same transaction id and may be the same text (three lines of 10.00):
        // each is its own expense, so the n-th such line of a transaction gets '#n' in its id. A transaction's rows
        // are consecutive, so the count starts again with each transaction.
        string transaction = "";
        var linesOnAccount = new Dictionary<string, int>(StringComparer.Ordinal);
        return new DelegateReader<Expense>(
            (IntakeRow row, out string key) =>
            {
                key = "";
                LocalDate? day = row.Date(date, true, DateOrder.Unspecified, "Transaction Date");
                decimal? amount =
                    debit >= 0 || credit >= 0
                        ? (MoneyCells.Amount(row, debit, false, CultureInfo.InvariantCulture) ?? 0)
                            - (MoneyCells.Amount(row, credit, false, CultureInfo.InvariantCulture) ?? 0)
                        : MoneyCells.Amount(row, one, true, CultureInfo.InvariantCulture);
                Currency? money = row.CurrencyOf(null, -1, "currency");
                if (!row.Value(group).Equals("Expense", StringComparison.OrdinalIgnoreCase))
                {
                    if (amount is decimal a && money is Currency c)
                    {
                        row.Measure(c.Code, a);
                    }
                    row.Fail(
                        IntakeErrorCodes.NotAnExpense,
                        group,
                        $"the row is the {ErrorText.Quote(row.Value(group))} side of transaction "
                            + $"{ErrorText.Quote(row.Value(id))} ('{ErrorText.Quote(row.Value(account))}'), not an "
                            + "expense."
                    );
                    return null;
                }
                string name = row.Value(account);
                if (!row.Value(id).Equals(transaction, StringComparison.Ordinal))
                {
                    transaction = row.Value(id);
                    linesOnAccount.Clear();
                }
                int line = linesOnAccount[name] = linesOnAccount.GetValueOrDefault(name) + 1;
                Expense? expense = Make(
                    row,
                    line == 1 ? $"{transaction}:{name}" : $"{transaction}:{name}#{line}",
                    id,
                    day,
                    amount,
                    money,
                    name,
                    "",
                    -1,
                    row.Value(accountId),
                    accountId,
                    out key
                );
                return expense is null
                    ? null
                    : expense with
                    {
                        Vendor = row.Value(vendor) is { Length: > 0 } v ? row.Id<VendorId>(v, vendor, "vendor") : null,
                        Receipt = row.Value(bill) is { Length: > 0 } b ? b : null,
                    };
            }
        );
    }
}

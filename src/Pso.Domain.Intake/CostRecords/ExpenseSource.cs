using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Linq;
using System.Runtime.InteropServices;
using NodaTime;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>
/// The sources of expenses. Each row is checked for an amount, a currency (<see cref="IntakeOptions.Currency"/> for
/// files that do not say), a project (<see cref="IntakeOptions.Project"/>) and a cost account
/// (<see cref="IntakeOptions.Account"/>; without one the row is rejected with <see
/// cref="IntakeErrorCodes.NoCostAccount"/>).
/// Accepted expenses are sorted by project, date and id.
/// </summary>
internal abstract class ExpenseSource(string name, string description)
    : IntakeSource<Expense>(name, IntakeKind.Expenses, description)
{
    /// <summary>Makes an expense once its cells are read.</summary>
    private protected static Expense? Make(
        IntakeRow row,
        string id,
        int idColumn,
        LocalDate? date,
        decimal? amount,
        Currency? currency,
        string category,
        string project,
        int projectColumn,
        string account,
        int accountColumn,
        out string key
    )
    {
        key = "";
        if (amount is decimal a && currency is Currency c)
        {
            row.Measure(c.Code, a);
        }
        ProjectId? projectId =
            project.Length > 0 ? row.Id<ProjectId>(project, projectColumn, "project") : row.Options.Project;
        if (project.Length == 0 && projectId is null)
        {
            row.Fail(
                IntakeErrorCodes.MissingField,
                projectColumn,
                "no project is named (IntakeOptions.Project gives one to rows without).",
                "project"
            );
        }
        if (projectId is ProjectId known && row.Options.Projects is { } projects && !projects.Contains(known))
        {
            row.Fail(IntakeErrorCodes.UnknownProject, projectColumn, $"'{known}' is not a known project.", "project");
        }
        CostAccountId? accountId =
            account.Length > 0 ? row.Id<CostAccountId>(account, accountColumn, "account") : row.Options.Account;
        if (account.Length == 0 && accountId is null)
        {
            row.Fail(
                IntakeErrorCodes.NoCostAccount,
                accountColumn,
                "the expense names no cost account (IntakeOptions.Account gives one to rows without).",
                "account"
            );
        }
        MoneyCells.StatusDate(row, date, -1, "date");
        ExpenseId? expenseId = id.Length > 0 ? row.Id<ExpenseId>(id, idColumn, "id") : null;
        if (row.Errors is not null || date is null || amount is null || currency is null || projectId is null)
        {
            return null;
        }
        key =
            id.Length > 0
                ? row.IdentifyById(id)
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"{projectId}|{date:uuuu-MM-dd}|{amount}|{currency}|{category}|{row.Text}"
                );
        return new Expense(
            expenseId ?? DerivedId(key),
            date.Value,
            new Money(amount.Value, currency.Value),
            category,
            projectId.Value
        )
        {
            Account = accountId,
        };
    }

    /// <summary>Returns the id of an expense whose file gives none: its key (project, date, amount, currency,
    /// category and row) where that is a valid id, else a hash of it (a key over 256 characters or with a
    /// tab).</summary>
    private static ExpenseId DerivedId(string key) =>
        ExpenseId.TryParse(key, out ExpenseId id)
            ? id
            : new ExpenseId(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"xxh128:{XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key.AsSpan())):x32}"
                )
            );

    private protected override ImmutableArray<Expense> Collate(List<Candidate<Expense>> accepted) =>
        [
            .. accepted
                .Select(a => a.Record)
                .OrderBy(e => e.Project.Value, StringComparer.Ordinal)
                .ThenBy(e => e.Date)
                .ThenBy(e => e.Id),
        ];
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.TaskReports;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>Lays records out in our own schemas (<c>docs/intake.md</c>).</summary>
internal static class IntakeSchemas
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", Invariant);

    private static string? Date(LocalDate? date) => date is LocalDate d ? Date(d) : null;

    private static string? Moment(LocalDateTime? moment) => moment?.ToString("uuuu-MM-dd'T'HH:mm:ss", Invariant);

    private static string Number(decimal value) => value.ToString(Invariant);

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static bool[] Flags(string[] columns, params string[] numeric) => [.. columns.Select(numeric.Contains)];

    internal static SchemaRows Of(IEnumerable<TimeEntry> entries)
    {
        string[] columns = ["id", "person", "project", "activity", "date", "hours", "overtime", "role", "account"];
        return new(
            columns,
            Flags(columns, "hours"),
            entries.Select(e =>
                new string?[]
                {
                    Text(e.Id),
                    e.Resource.Value,
                    e.Project.Value,
                    e.Activity?.Value,
                    Date(e.Date),
                    Number(e.Hours.Hours),
                    e.Overtime ? "true" : "false",
                    e.Role?.Value,
                    e.Account?.Value,
                }
            )
        );
    }

    internal static SchemaRows Of(IEnumerable<Expense> expenses)
    {
        string[] columns =
        [
            "id",
            "date",
            "amount",
            "currency",
            "category",
            "project",
            "account",
            "activity",
            "vendor",
            "receipt",
        ];
        return new(
            columns,
            Flags(columns, "amount"),
            expenses.Select(e =>
                new string?[]
                {
                    e.Id.Value,
                    Date(e.Date),
                    Number(e.Amount.Amount),
                    e.Amount.Currency.Code,
                    e.Category,
                    e.Project.Value,
                    e.Account?.Value,
                    e.Activity?.Value,
                    Text(e.Vendor?.Value),
                    Text(e.Receipt),
                }
            )
        );
    }

    internal static SchemaRows Of(IEnumerable<Invoice> invoices)
    {
        string[] columns =
        [
            "vendor",
            "number",
            "issued",
            "due",
            "paid",
            "status",
            "currency",
            "total",
            "line",
            "description",
            "quantity",
            "unit_price",
            "tax",
            "commitment",
            "commitment_line",
        ];
        return new(
            columns,
            Flags(columns, "total", "line", "quantity", "unit_price", "tax", "commitment_line"),
            invoices.SelectMany(i =>
            {
                string?[] head =
                [
                    i.Vendor.Value,
                    i.Number,
                    Date(i.Issued),
                    Date(i.Due),
                    Date(i.PaidOn),
                    i.Status.ToString().ToLowerInvariant(),
                    i.Total.Currency.Code,
                    Number(i.Total.Amount),
                ];
                if (i.Lines.IsEmpty)
                {
                    return new[] { head.Concat(new string?[7]).ToArray() };
                }
                return i.Lines.Select(l =>
                    head.Concat(
                            new string?[]
                            {
                                l.Number.ToString(Invariant),
                                l.Description,
                                Number(l.Quantity),
                                Number(l.UnitPrice.Amount),
                                l.Tax is Money tax ? Number(tax.Amount) : null,
                                l.Commitment?.Value,
                                l.CommitmentLine?.ToString(Invariant),
                            }
                        )
                        .ToArray()
                );
            })
        );
    }

    internal static SchemaRows Of(IEnumerable<Commitment> commitments)
    {
        string[] columns =
        [
            "id",
            "vendor",
            "date",
            "project",
            "currency",
            "line",
            "description",
            "quantity",
            "unit_price",
            "account",
        ];
        return new(
            columns,
            Flags(columns, "line", "quantity", "unit_price"),
            commitments.SelectMany(c =>
                c.Lines.Select(l =>
                    new string?[]
                    {
                        c.Id.Value,
                        c.Vendor.Value,
                        Date(c.Date),
                        c.Project.Value,
                        l.UnitPrice.Currency.Code,
                        l.Number.ToString(Invariant),
                        l.Description,
                        Number(l.Quantity),
                        Number(l.UnitPrice.Amount),
                        l.Account?.Value,
                    }
                )
            )
        );
    }

    internal static SchemaRows Of(IEnumerable<TaskReport> reports)
    {
        string[] columns =
        [
            "activity",
            "project",
            "name",
            "reported",
            "actual_start",
            "actual_finish",
            "percent_complete",
            "remaining_hours",
            "actual_hours",
            "assignee",
            "parent",
            "predecessors",
            "successors",
        ];
        return new(
            columns,
            Flags(columns, "percent_complete", "remaining_hours", "actual_hours"),
            reports.Select(r =>
                new string?[]
                {
                    r.Activity.Value,
                    r.Project?.Value,
                    Text(r.Name),
                    Date(r.ReportedOn),
                    Moment(r.ActualStart),
                    Moment(r.ActualFinish),
                    r.PercentComplete is decimal p ? Number(p) : null,
                    r.RemainingDuration is Duration d
                        ? Number(d.BclCompatibleTicks / (decimal)NodaConstants.TicksPerHour)
                        : null,
                    r.ActualWork is Work w ? Number(w.Hours) : null,
                    r.Assignee?.Value,
                    r.Parent?.Value,
                    r.Predecessors.IsEmpty ? null : string.Join(',', r.Predecessors.Select(a => a.Value)),
                    r.Successors.IsEmpty ? null : string.Join(',', r.Successors.Select(a => a.Value)),
                }
            )
        );
    }
}

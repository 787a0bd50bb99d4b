using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.CostRecords;

/// <summary>The sources of invoices. A row is an invoice line (the invoice's own fields repeated on each) or a whole
/// invoice. Across rows: lines of one vendor's invoice number that disagree on its date or currency, or whole invoices
/// that share a number, are rejected with <see cref="IntakeErrorCodes.DuplicateInvoiceNumber"/>; lines that do not add
/// up to the invoice's stated total are all rejected with <see cref="IntakeErrorCodes.LinesDoNotSum"/>; a line against
/// a known commitment in another currency is rejected with <see cref="IntakeErrorCodes.CurrencyMismatch"/>. Accepted
/// rows are combined into one <see cref="Invoice"/> per vendor and number, sorted by vendor and number.</summary>
internal abstract class InvoiceSource(string name, string description)
    : IntakeSource<Invoice>(name, IntakeKind.Invoices, description)
{
    /// <summary>Gets whether a row is one line of an invoice (otherwise a whole invoice).</summary>
    private protected abstract bool RowsAreLines { get; }

    /// <summary>Gets whether the rows state the invoice's total (otherwise it is the sum of its lines).</summary>
    private protected abstract bool StatesTotal { get; }

    /// <summary>Maps a status word of an invoicing tool to the workflow.</summary>
    private protected static InvoiceStatus? Status(IntakeRow row, int column)
    {
        string word = row.Value(column).ToUpperInvariant();
        switch (word)
        {
            case "" or "DRAFT" or "UNSENT" or "RECEIVED":
                return InvoiceStatus.Draft;
            case "APPROVED" or "SENT" or "VIEWED" or "DUE" or "OVERDUE" or "PARTIAL" or "OPEN":
                return InvoiceStatus.Approved;
            case "PAID" or "CLOSED":
                return InvoiceStatus.Paid;
            case "DISPUTED":
                return InvoiceStatus.Disputed;
            default:
                row.Fail(
                    IntakeErrorCodes.UnknownValue,
                    column,
                    $"'{ErrorText.Quote(row.Value(column))}' is not an invoice status intake knows (draft, sent, "
                        + "approved, paid, disputed)."
                );
                return null;
        }
    }

    /// <summary>Makes an invoice (with its lines) once its cells are read.</summary>
    private protected static Invoice? Make(
        IntakeRow row,
        string vendor,
        int vendorColumn,
        string number,
        int numberColumn,
        LocalDate? issued,
        decimal? total,
        Currency? currency,
        ImmutableArray<InvoiceLine> lines,
        out string key,
        string lineKey = ""
    )
    {
        key = "";
        if (vendor.Length == 0)
        {
            row.Fail(IntakeErrorCodes.MissingField, vendorColumn, "no vendor is named.");
        }
        if (number.Length == 0)
        {
            row.Fail(IntakeErrorCodes.MissingField, numberColumn, "no invoice number is given.");
        }
        MoneyCells.StatusDate(row, issued, -1, "issued");
        VendorId? vendorId = vendor.Length > 0 ? row.Id<VendorId>(vendor, vendorColumn, "vendor") : null;
        if (total is decimal t && currency is Currency c)
        {
            row.Measure(c.Code, t);
        }
        if (row.Errors is not null || vendorId is null || issued is null || total is null || currency is null)
        {
            return null;
        }
        key = string.Create(CultureInfo.InvariantCulture, $"{vendor}|{number}|{issued:uuuu-MM-dd}|{lineKey}");
        return new Invoice(vendorId.Value, number, issued.Value, new Money(total.Value, currency.Value))
        {
            Lines = lines,
        };
    }

    private protected override void Check(List<Candidate<Invoice>> candidates, IntakeRun run)
    {
        foreach (
            IGrouping<(VendorId, string), Candidate<Invoice>> invoice in candidates.GroupBy(c =>
                (c.Record.Vendor, c.Record.Number)
            )
        )
        {
            Candidate<Invoice> first = invoice.First();
            foreach (Candidate<Invoice> other in invoice.Skip(1))
            {
                if (
                    !RowsAreLines
                    || other.Record.Issued != first.Record.Issued
                    || other.Record.Total.Currency != first.Record.Total.Currency
                    || (StatesTotal && other.Record.Total != first.Record.Total)
                )
                {
                    other.Reject(
                        run.Error(
                            other,
                            IntakeErrorCodes.DuplicateInvoiceNumber,
                            run.Header.Names.Count > 0 ? run.Header.Names[0] : "number",
                            $"{other.Record.Vendor}'s invoice {other.Record.Number} is already on line {first.Line}, "
                                + $"with another {(RowsAreLines ? "date, currency or total" : "content")}."
                        )
                    );
                }
            }
            var lines = invoice.Where(c => c.Errors is null).ToList();
            if (lines.Count == 0)
            {
                continue;
            }
            if (StatesTotal && lines.SelectMany(c => c.Record.Lines).ToList() is { Count: > 0 } all)
            {
                Money sum = Money.Sum(all.Select(l => l.Gross), first.Record.Total.Currency);
                if (sum != first.Record.Total)
                {
                    foreach (Candidate<Invoice> line in lines)
                    {
                        line.Reject(
                            run.Error(
                                line,
                                IntakeErrorCodes.LinesDoNotSum,
                                "total",
                                $"the lines of {line.Record.Vendor}'s invoice {line.Record.Number} add up to {sum}, "
                                    + $"not its total {first.Record.Total}."
                            )
                        );
                    }
                }
            }
            if (run.Options.Commitments is { } commitments)
            {
                foreach (Candidate<Invoice> line in lines)
                {
                    foreach (InvoiceLine l in line.Record.Lines.Where(l => l.Commitment is not null))
                    {
                        if (
                            commitments.FirstOrDefault(c => c.Id == l.Commitment) is { Lines.Length: > 0 } order
                            && order.Lines[0].UnitPrice.Currency != line.Record.Total.Currency
                        )
                        {
                            line.Reject(
                                run.Error(
                                    line,
                                    IntakeErrorCodes.CurrencyMismatch,
                                    "currency",
                                    $"invoice {line.Record.Number} is in {line.Record.Total.Currency} but commitment "
                                        + $"{order.Id} is in {order.Lines[0].UnitPrice.Currency}."
                                )
                            );
                        }
                    }
                }
            }
        }
    }

    private protected override ImmutableArray<Invoice> Collate(List<Candidate<Invoice>> accepted)
    {
        var invoices = new List<Invoice>();
        foreach (
            IGrouping<(VendorId, string), Candidate<Invoice>> group in accepted.GroupBy(c =>
                (c.Record.Vendor, c.Record.Number)
            )
        )
        {
            Invoice first = group.First().Record;
            ImmutableArray<InvoiceLine> lines =
            [
                .. group.SelectMany(c => c.Record.Lines).Select((l, i) => l with { Number = i + 1 }),
            ];
            Money total = StatesTotal
                ? first.Total
                : Money.Sum(group.Select(c => c.Record.Total), first.Total.Currency);
            invoices.Add(first with { Lines = lines, Total = total });
        }
        return [.. invoices.OrderBy(i => i.Vendor).ThenBy(i => i.Number, StringComparer.Ordinal)];
    }
}

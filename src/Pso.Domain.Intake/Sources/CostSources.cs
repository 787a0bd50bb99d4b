using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Costs;

namespace Pso.Domain.Intake;

/// <summary>Helpers shared by the sources of money records.</summary>
internal static class MoneyCells
{
    /// <summary>The largest amount intake takes: beyond it a value is an error, never an overflow.</summary>
    internal const decimal Largest = 1_000_000_000_000m;

    /// <summary>Reads an amount, in range.</summary>
    internal static decimal? Amount(IntakeRow row, int column, bool required, CultureInfo? culture, string? field = null)
    {
        decimal? value = row.Number(column, required, culture, field);
        if (value is decimal v && Math.Abs(v) >= Largest)
        {
            row.Fail(IntakeErrorCodes.OutOfRange, column, $"{v} is beyond the largest amount intake takes ({Largest:N0}).", field);
            return null;
        }
        return value;
    }

    /// <summary>Checks the date against the status date.</summary>
    internal static void StatusDate(IntakeRow row, LocalDate? date, int column, string? field = null)
    {
        if (date is LocalDate d && row.Options.StatusDate is LocalDate status && d > status)
        {
            row.Fail(IntakeErrorCodes.AfterStatusDate, column, $"{d:uuuu-MM-dd} is after the status date {status:uuuu-MM-dd}.", field);
        }
    }

    /// <summary>Splits text on a separator outside double quotes, removing the quotes (the cells of an export embedded
    /// in one cell, such as Invoice2go's items); with <paramref name="unquote"/> false the quotes are kept, for a second split.</summary>
    internal static List<string> Split(string text, char separator, bool unquote = true)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '"')
            {
                if (quoted && i + 1 < text.Length && text[i + 1] == '"')
                {
                    current.Append(unquote ? "\"" : "\"\"");
                    i++;
                }
                else
                {
                    quoted = !quoted;
                    if (!unquote)
                    {
                        current.Append('"');
                    }
                }
            }
            else if (ch == separator && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }
        parts.Add(current.ToString());
        return parts;
    }
}

/// <summary>
/// The sources of expenses. Each row is checked for an amount, a currency (<see cref="IntakeOptions.Currency"/> for
/// files that do not say), a project (<see cref="IntakeOptions.Project"/>) and a cost account
/// (<see cref="IntakeOptions.Account"/>; without one the row is rejected with <see cref="IntakeErrorCodes.NoCostAccount"/>).
/// Accepted expenses are sorted by project, date and id.
/// </summary>
internal abstract class ExpenseSource(string name, string description) : IntakeSource<Expense>(name, IntakeKind.Expenses, description)
{
    /// <summary>Makes an expense once its cells are read.</summary>
    private protected static Expense? Make(IntakeRow row, string id, LocalDate? date, decimal? amount, Currency? currency, string category,
        string project, int projectColumn, string account, int accountColumn, out string key)
    {
        key = "";
        if (amount is decimal a && currency is Currency c)
        {
            row.Measure(c.Code, a);
        }
        ProjectId? projectId = project.Length > 0 ? row.Id<ProjectId>(project, projectColumn, "project") : row.Options.Project;
        if (project.Length == 0 && projectId is null)
        {
            row.Fail(IntakeErrorCodes.MissingField, projectColumn, "no project is named (IntakeOptions.Project gives one to rows without).", "project");
        }
        if (projectId is ProjectId known && row.Options.Projects is { } projects && !projects.Contains(known))
        {
            row.Fail(IntakeErrorCodes.UnknownProject, projectColumn, $"'{known}' is not a known project.", "project");
        }
        CostAccountId? accountId = account.Length > 0 ? row.Id<CostAccountId>(account, accountColumn, "account") : row.Options.Account;
        if (account.Length == 0 && accountId is null)
        {
            row.Fail(IntakeErrorCodes.NoCostAccount, accountColumn, "the expense names no cost account (IntakeOptions.Account gives one to rows without).", "account");
        }
        MoneyCells.StatusDate(row, date, -1, "date");
        if (row.Errors is not null || date is null || amount is null || currency is null || projectId is null)
        {
            return null;
        }
        key = id.Length > 0 ? row.IdentifyById(id) : string.Create(CultureInfo.InvariantCulture, $"{projectId}|{date:uuuu-MM-dd}|{amount}|{currency}|{category}|{row.Text}");
        return new Expense(id.Length > 0 ? id : key, date.Value, new Money(amount.Value, currency.Value), category, projectId.Value) { Account = accountId };
    }

    private protected override ImmutableArray<Expense> Collate(List<Candidate<Expense>> accepted) =>
        [.. accepted.Select(a => a.Record).OrderBy(e => e.Project.Value, StringComparer.Ordinal).ThenBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)];
}

/// <summary>Our own expense schema.</summary>
internal sealed class PsoExpenseSource() : ExpenseSource("pso-expenses", "Expenses in Pso.Domain's own schema: id, date, amount, currency, category, project; account, activity, vendor, receipt optional.")
{
    internal override bool Recognises(IntakeHeader header) => header.Has("date", "amount", "currency", "category");

    private protected override RowReader<Expense> Bind(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "date", "amount", "currency", "category");
        int id = header.Find("id"), date = header.Find("date"), amount = header.Find("amount"), currency = header.Find("currency");
        int category = header.Find("category"), project = header.Find("project"), account = header.Find("account");
        int activity = header.Find("activity"), vendor = header.Find("vendor"), receipt = header.Find("receipt");
        return new DelegateReader<Expense>((IntakeRow row, out string key) =>
        {
            LocalDate? day = row.Date(date, true, DateOrder.Unspecified, "date");
            decimal? value = MoneyCells.Amount(row, amount, true, CultureInfo.InvariantCulture, "amount");
            Currency? money = row.CurrencyOf(row.Value(currency), currency, "currency");
            ActivityId? task = row.Id<ActivityId>(activity, false, "activity");
            Expense? expense = Make(row, row.Raw(id), day, value, money, row.Value(category), row.Value(project), project, row.Value(account), account, out key);
            return expense is null ? null : expense with
            {
                Activity = task,
                Vendor = row.Value(vendor) is { Length: > 0 } v ? v : null,
                Receipt = row.Value(receipt) is { Length: > 0 } r ? r : null,
            };
        });
    }
}

/// <summary>Wave's transactions export: double entry, one row per account of each transaction.</summary>
internal sealed class WaveSource() : ExpenseSource("wave", "Wave transactions export (Transaction ID, Transaction Date, Account Name, Debit/Credit Amount, Vendor, Account Group); only rows on expense accounts are expenses.")
{
    internal override bool Recognises(IntakeHeader header) => header.Has("Transaction ID", "Transaction Date", "Account Name", "Account Group");

    private protected override RowReader<Expense> Bind(IntakeHeader header, List<string> missing)
    {
        int id = header.Find("Transaction ID"), date = header.Find("Transaction Date"), account = header.Find("Account Name");
        int debit = header.Find("Debit Amount (Two Column Approach)"), credit = header.Find("Credit Amount (Two Column Approach)");
        int one = header.Find("Amount (One column)"), vendor = header.Find("Vendor"), group = header.Find("Account Group"), accountId = header.Find("Account ID");
        int bill = header.Find("Bill Number");
        return new DelegateReader<Expense>((IntakeRow row, out string key) =>
        {
            key = "";
            LocalDate? day = row.Date(date, true, DateOrder.Unspecified, "Transaction Date");
            decimal? amount = debit >= 0 || credit >= 0
                ? (MoneyCells.Amount(row, debit, false, CultureInfo.InvariantCulture) ?? 0) - (MoneyCells.Amount(row, credit, false, CultureInfo.InvariantCulture) ?? 0)
                : MoneyCells.Amount(row, one, true, CultureInfo.InvariantCulture);
            Currency? money = row.CurrencyOf(null, -1, "currency");
            if (!row.Value(group).Equals("Expense", StringComparison.OrdinalIgnoreCase))
            {
                if (amount is decimal a && money is Currency c)
                {
                    row.Measure(c.Code, a);
                }
                row.Fail(IntakeErrorCodes.NotAnExpense, group, $"the row is the {ErrorText.Quote(row.Value(group))} side of transaction {ErrorText.Quote(row.Value(id))} ('{ErrorText.Quote(row.Value(account))}'), not an expense.");
                return null;
            }
            string name = row.Value(account);
            Expense? expense = Make(row, $"{row.Value(id)}:{name}", day, amount, money, name, "", -1, row.Value(accountId), accountId, out key);
            return expense is null ? null : expense with
            {
                Vendor = row.Value(vendor) is { Length: > 0 } v ? v : null,
                Receipt = row.Value(bill) is { Length: > 0 } b ? b : null,
            };
        });
    }
}

/// <summary>Invoice Ninja's version 4 expense export.</summary>
internal sealed class InvoiceNinjaSource() : ExpenseSource("invoiceninja", "Invoice Ninja v4 expense export (a preamble, then Client, Project, Notes, Amount, Date).")
{
    internal override bool Recognises(IntakeHeader header) => header.Has("Client", "Project", "Notes", "Amount", "Date");

    private protected override RowReader<Expense> Bind(IntakeHeader header, List<string> missing)
    {
        int client = header.Find("Client"), project = header.Find("Project"), notes = header.Find("Notes"), amount = header.Find("Amount"), date = header.Find("Date");
        return new DelegateReader<Expense>((IntakeRow row, out string key) =>
        {
            LocalDate? day = row.Date(date, true, DateOrder.Unspecified, "Date");
            decimal? value = MoneyCells.Amount(row, amount, true, CultureInfo.InvariantCulture, "Amount");
            Currency? money = row.CurrencyOf(null, -1, "currency");
            Expense? expense = Make(row, "", day, value, money, row.Value(notes), row.Value(project), project, "", -1, out key);
            return expense is null ? null : expense with { Vendor = row.Value(client) is { Length: > 0 } v ? v : null };
        });
    }
}

/// <summary>
/// The sources of invoices. A row is an invoice line (the invoice's own fields repeated on each) or a whole invoice.
/// Across rows: lines of one vendor's invoice number that disagree on its date or currency, or whole invoices that share
/// a number, are rejected with <see cref="IntakeErrorCodes.DuplicateInvoiceNumber"/>; lines that do not add up to the
/// invoice's stated total are all rejected with <see cref="IntakeErrorCodes.LinesDoNotSum"/>; a line against a known
/// commitment in another currency is rejected with <see cref="IntakeErrorCodes.CurrencyMismatch"/>. Accepted rows are
/// combined into one <see cref="Invoice"/> per vendor and number, sorted by vendor and number.
/// </summary>
internal abstract class InvoiceSource(string name, string description) : IntakeSource<Invoice>(name, IntakeKind.Invoices, description)
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
                row.Fail(IntakeErrorCodes.UnknownValue, column, $"'{ErrorText.Quote(row.Value(column))}' is not an invoice status intake knows (draft, sent, approved, paid, disputed).");
                return null;
        }
    }

    /// <summary>Makes an invoice (with its lines) once its cells are read.</summary>
    private protected static Invoice? Make(IntakeRow row, string vendor, int vendorColumn, string number, int numberColumn, LocalDate? issued,
        decimal? total, Currency? currency, ImmutableArray<InvoiceLine> lines, out string key, string lineKey = "")
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
        if (total is decimal t && currency is Currency c)
        {
            row.Measure(c.Code, t);
        }
        if (row.Errors is not null || issued is null || total is null || currency is null)
        {
            return null;
        }
        key = string.Create(CultureInfo.InvariantCulture, $"{vendor}|{number}|{issued:uuuu-MM-dd}|{lineKey}");
        return new Invoice(vendor, number, issued.Value, new Money(total.Value, currency.Value)) { Lines = lines };
    }

    private protected override void Check(List<Candidate<Invoice>> candidates, IntakeRun run)
    {
        foreach (IGrouping<(string, string), Candidate<Invoice>> invoice in candidates.GroupBy(c => (c.Record.Vendor, c.Record.Number)))
        {
            Candidate<Invoice> first = invoice.First();
            foreach (Candidate<Invoice> other in invoice.Skip(1))
            {
                if (!RowsAreLines || other.Record.Issued != first.Record.Issued || other.Record.Total.Currency != first.Record.Total.Currency
                    || (StatesTotal && other.Record.Total != first.Record.Total))
                {
                    other.Reject(run.Error(other, IntakeErrorCodes.DuplicateInvoiceNumber, run.Header.Names.Count > 0 ? run.Header.Names[0] : "number",
                        $"{other.Record.Vendor}'s invoice {other.Record.Number} is already on line {first.Line}, with another {(RowsAreLines ? "date, currency or total" : "content")}."));
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
                        line.Reject(run.Error(line, IntakeErrorCodes.LinesDoNotSum, "total",
                            $"the lines of {line.Record.Vendor}'s invoice {line.Record.Number} add up to {sum}, not its total {first.Record.Total}."));
                    }
                }
            }
            if (run.Options.Commitments is { } commitments)
            {
                foreach (Candidate<Invoice> line in lines)
                {
                    foreach (InvoiceLine l in line.Record.Lines.Where(l => l.Commitment is not null))
                    {
                        if (commitments.FirstOrDefault(c => c.Id == l.Commitment) is { Lines.Length: > 0 } order && order.Lines[0].UnitPrice.Currency != line.Record.Total.Currency)
                        {
                            line.Reject(run.Error(line, IntakeErrorCodes.CurrencyMismatch, "currency",
                                $"invoice {line.Record.Number} is in {line.Record.Total.Currency} but commitment {order.Id} is in {order.Lines[0].UnitPrice.Currency}."));
                        }
                    }
                }
            }
        }
    }

    private protected override ImmutableArray<Invoice> Collate(List<Candidate<Invoice>> accepted)
    {
        var invoices = new List<Invoice>();
        foreach (IGrouping<(string, string), Candidate<Invoice>> group in accepted.GroupBy(c => (c.Record.Vendor, c.Record.Number)))
        {
            Invoice first = group.First().Record;
            ImmutableArray<InvoiceLine> lines = [.. group.SelectMany(c => c.Record.Lines).Select((l, i) => l with { Number = i + 1 })];
            Money total = StatesTotal ? first.Total : Money.Sum(group.Select(c => c.Record.Total), first.Total.Currency);
            invoices.Add(first with { Lines = lines, Total = total });
        }
        return [.. invoices.OrderBy(i => i.Vendor, StringComparer.Ordinal).ThenBy(i => i.Number, StringComparer.Ordinal)];
    }
}

/// <summary>Our own invoice schema: one row per line, the invoice's fields repeated.</summary>
internal sealed class PsoInvoiceSource() : InvoiceSource("pso-invoices", "Supplier invoices in Pso.Domain's own schema, one row per line: vendor, number, issued, currency, total; line, description, quantity, unit_price, tax, commitment, commitment_line, due, paid, status optional (a row without quantity and unit price is an invoice without lines).")
{
    private protected override bool RowsAreLines => true;

    private protected override bool StatesTotal => true;

    internal override bool Recognises(IntakeHeader header) => header.Has("vendor", "number", "issued", "total");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "vendor", "number", "issued", "currency", "total");
        int vendor = header.Find("vendor"), number = header.Find("number"), issued = header.Find("issued"), currency = header.Find("currency");
        int total = header.Find("total"), line = header.Find("line"), description = header.Find("description"), quantity = header.Find("quantity");
        int price = header.Find("unit_price"), tax = header.Find("tax"), due = header.Find("due"), paid = header.Find("paid"), status = header.Find("status");
        int commitment = header.Find("commitment"), commitmentLine = header.Find("commitment_line");
        return new DelegateReader<Invoice>((IntakeRow row, out string key) =>
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
            if (money is not Currency c || state is null || row.Errors is not null || (hasLine && (qty is null || unit is null)))
            {
                if (stated is decimal t && money is Currency c2)
                {
                    row.Measure(c2.Code, t);
                }
                return null;
            }
            InvoiceLine? item = hasLine ? new InvoiceLine((int)(lineNumber ?? 0), row.Value(description), qty!.Value, new Money(unit!.Value, c))
            {
                Tax = taxed is decimal t2 ? new Money(t2, c) : null,
                Commitment = row.Value(commitment) is { Length: > 0 } po ? po : null,
                CommitmentLine = orderLine is decimal ol ? (int)ol : null,
            } : null;
            Invoice? invoice = Make(row, row.Value(vendor), vendor, row.Value(number), number, issuedOn, stated, money, item is null ? [] : [item], out key,
                row.Value(line) is { Length: > 0 } ln ? ln : row.Text);
            // The measure of a line is its gross amount, accepted or not, so that an invoice's lines add up to what was read.
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
        });
    }
}

/// <summary>FreshBooks' invoice export: one row per line item.</summary>
internal sealed class FreshBooksSource() : InvoiceSource("freshbooks", "FreshBooks invoice export, one row per line item (Client Name, Invoice #, Date Issued, Invoice Status, Rate, Quantity, Line Total, Currency).")
{
    private protected override bool RowsAreLines => true;

    private protected override bool StatesTotal => false;

    internal override bool Recognises(IntakeHeader header) => header.Has("Client Name", "Invoice #", "Date Issued", "Line Total");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        int client = header.Find("Client Name"), number = header.Find("Invoice #"), issued = header.Find("Date Issued"), status = header.Find("Invoice Status");
        int paid = header.Find("Date Paid"), item = header.Find("Item Name"), description = header.Find("Item Description"), rate = header.Find("Rate");
        int quantity = header.Find("Quantity"), discount = header.Find("Discount Percentage"), tax1 = header.Find("Tax 1 Amount"), tax2 = header.Find("Tax 2 Amount");
        int total = header.Find("Line Total"), currency = header.Find("Currency");
        var lines = new Dictionary<(string, string), int>();
        return new DelegateReader<Invoice>((IntakeRow row, out string key) =>
        {
            key = "";
            CultureInfo invariant = CultureInfo.InvariantCulture;
            Currency? money = row.CurrencyOf(row.Value(currency), currency, "Currency");
            decimal? qty = MoneyCells.Amount(row, quantity, true, invariant, "Quantity");
            decimal? unit = MoneyCells.Amount(row, rate, true, invariant, "Rate");
            decimal? off = row.Number(discount, false, invariant, "Discount Percentage");
            decimal tax = (MoneyCells.Amount(row, tax1, false, invariant) ?? 0) + (MoneyCells.Amount(row, tax2, false, invariant) ?? 0);
            decimal? lineTotal = MoneyCells.Amount(row, total, true, invariant, "Line Total");
            InvoiceStatus? state = Status(row, status);
            LocalDate? issuedOn = row.Date(issued, true, DateOrder.Unspecified, "Date Issued");
            if (off is < 0 or > 100)
            {
                row.Fail(IntakeErrorCodes.OutOfRange, discount, $"{off} percent: a discount runs from 0 to 100.");
            }
            if (money is not Currency c || qty is null || unit is null || state is null || lineTotal is null || row.Errors is not null)
            {
                if (lineTotal is decimal t && money is Currency c2)
                {
                    row.Measure(c2.Code, t);
                }
                return null;
            }
            // The discount lowers the unit price; the line must then come to its stated total.
            decimal price = Math.Round(unit.Value * (1 - ((off ?? 0) / 100)), 6);
            var line = new InvoiceLine(0, $"{row.Value(item)}: {row.Value(description)}".Trim(' ', ':'), qty.Value, new Money(price, c))
            {
                Tax = tax != 0 ? new Money(tax, c) : null,
            };
            if (line.Gross.Amount != lineTotal.Value)
            {
                row.Fail(IntakeErrorCodes.LinesDoNotSum, total, $"{qty} x {price} plus tax {tax} is {line.Gross.Amount}, not the line total {lineTotal}.");
            }
            string vendor = row.Value(client), invoiceNumber = row.Value(number);
            int n = lines[(vendor, invoiceNumber)] = lines.GetValueOrDefault((vendor, invoiceNumber)) + 1;
            Invoice? invoice = Make(row, vendor, client, invoiceNumber, number, issuedOn, lineTotal, money, [line], out key,
                string.Create(invariant, $"{n}|{row.Value(item)}|{qty}|{unit}"));
            return invoice is null ? null : invoice with { Status = state.Value, PaidOn = row.Date(paid, false, DateOrder.Unspecified, "Date Paid") };
        });
    }
}

/// <summary>Invoice2go's export: one row per invoice, its items and taxes embedded in cells as small CSV tables.</summary>
internal sealed class Invoice2goSource() : InvoiceSource("invoice2go", "Invoice2go export, one row per invoice (DocumentNumber, Name, DocumentDate, CurrencyCode, TotalAmount, Items and TotalTaxAmount as embedded tables).")
{
    private protected override bool RowsAreLines => false;

    private protected override bool StatesTotal => true;

    internal override bool Recognises(IntakeHeader header) => header.Has("DocumentNumber", "DocumentDate", "Items", "TotalAmount");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        int number = header.Find("DocumentNumber"), name = header.Find("Name"), date = header.Find("DocumentDate"), currency = header.Find("CurrencyCode");
        int total = header.Find("TotalAmount"), items = header.Find("Items"), taxes = header.Find("TotalTaxAmount"), status = header.Find("DocumentStatus");
        int paid = header.Find("DatePaid"), discount = header.Find("DiscountAmount"), shipping = header.Find("ShipAmount");
        return new DelegateReader<Invoice>((IntakeRow row, out string key) =>
        {
            key = "";
            CultureInfo invariant = CultureInfo.InvariantCulture;
            Currency? money = row.CurrencyOf(row.Value(currency), currency, "CurrencyCode");
            decimal? stated = MoneyCells.Amount(row, total, true, invariant, "TotalAmount");
            InvoiceStatus? state = Status(row, status);
            LocalDate? issuedOn = row.Date(date, true, DateOrder.Unspecified, "DocumentDate");
            ImmutableArray<InvoiceLine> lines = [];
            if (money is Currency c && row.Errors is null)
            {
                lines = Lines(row, items, taxes, discount, shipping, c);
            }
            Invoice? invoice = Make(row, row.Value(name), name, row.Value(number), number, issuedOn, stated, money, lines, out key);
            return invoice is null ? null : invoice with { Status = state ?? InvoiceStatus.Draft, PaidOn = row.Date(paid, false, DateOrder.Unspecified, "DatePaid") };
        });
    }

    /// <summary>Reads the embedded items (a header then rows, separated by semicolons) and spreads the embedded tax
    /// total over them by their net amounts, exactly.</summary>
    private static ImmutableArray<InvoiceLine> Lines(IntakeRow row, int items, int taxes, int discount, int shipping, Currency currency)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        List<string> records = MoneyCells.Split(row.Value(items), ';', unquote: false);
        if (records.Count < 2)
        {
            return [];
        }
        List<string> names = MoneyCells.Split(records[0], ',');
        int description = names.IndexOf("description"), qty = names.IndexOf("qty"), price = names.IndexOf("unit_price");
        var lines = new List<InvoiceLine>();
        foreach (string record in records.Skip(1))
        {
            List<string> cells = MoneyCells.Split(record, ',');
            string Cell(int i) => i >= 0 && i < cells.Count ? cells[i] : "";
            if (IntakeValues.TryNumber(Cell(qty), invariant, out decimal q) != IntakeValues.Outcome.Read || Math.Abs(q) >= MoneyCells.Largest
                || IntakeValues.TryNumber(Cell(price), invariant, out decimal p) != IntakeValues.Outcome.Read || Math.Abs(p) >= MoneyCells.Largest)
            {
                row.Fail(IntakeErrorCodes.BadNumber, items, $"the item '{record}' has no readable qty and unit_price.");
                return [];
            }
            lines.Add(new InvoiceLine(lines.Count + 1, Cell(description), q, new Money(p, currency)));
        }
        // The tax table: sub_total,total,rate,tax_id; one row per tax. Its totals are spread over the lines.
        decimal tax = 0;
        List<string> taxRows = MoneyCells.Split(row.Value(taxes), ';', unquote: false);
        int totalAt = taxRows.Count > 0 ? MoneyCells.Split(taxRows[0], ',').IndexOf("total") : -1;
        foreach (string taxRow in taxRows.Skip(1))
        {
            List<string> cells = MoneyCells.Split(taxRow, ',');
            if (totalAt >= 0 && totalAt < cells.Count && IntakeValues.TryNumber(cells[totalAt], invariant, out decimal t) == IntakeValues.Outcome.Read && Math.Abs(t) < MoneyCells.Largest)
            {
                tax += t;
            }
        }
        decimal adjustments = (MoneyCells.Amount(row, shipping, false, invariant) ?? 0) - (MoneyCells.Amount(row, discount, false, invariant) ?? 0);
        if (adjustments != 0)
        {
            lines.Add(new InvoiceLine(lines.Count + 1, "shipping and discount", 1, new Money(adjustments, currency)));
        }
        decimal[] weights = [.. lines.Select(l => Math.Abs(l.Net.Amount))];
        if (tax != 0 && weights.Sum() > 0)
        {
            ImmutableArray<Money> shares = new Money(tax, currency).Allocate(weights);
            return [.. lines.Select((l, i) => shares[i].IsZero ? l : l with { Tax = shares[i] })];
        }
        return [.. lines];
    }
}

/// <summary>Zoho Invoice's (and Zoho Books') invoice export: one row per line item, the invoice's own fields repeated.</summary>
internal sealed class ZohoSource() : InvoiceSource("zoho", "Zoho Invoice / Zoho Books invoice export, one row per line item (Invoice Number, Invoice Date, Due Date, Invoice Status, Customer Name, Currency Code, Total, Item Name, Item Desc, Quantity, Item Price, Discount Amount, Item Tax Amount).")
{
    private protected override bool RowsAreLines => true;

    private protected override bool StatesTotal => true;

    private protected override CultureInfo? Culture => null;

    internal override bool Recognises(IntakeHeader header) => header.Has("Invoice Number", "Invoice Date", "Customer Name", "Item Name");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "Invoice Number", "Invoice Date", "Customer Name", "Total");
        int number = header.Find("Invoice Number"), date = header.Find("Invoice Date"), due = header.Find("Due Date"), status = header.Find("Invoice Status");
        int customer = header.Find("Customer Name"), currency = header.Find("Currency Code", "Currency"), total = header.Find("Total");
        int item = header.Find("Item Name"), description = header.Find("Item Desc", "Item Description"), quantity = header.Find("Quantity");
        int price = header.Find("Item Price"), discount = header.Find("Discount Amount"), tax = header.Find("Item Tax Amount", "Item Tax");
        var lines = new Dictionary<(string, string), int>();
        return new DelegateReader<Invoice>((IntakeRow row, out string key) =>
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
            var line = new InvoiceLine(0, $"{row.Value(item)}: {row.Value(description)}".Trim(' ', ':'), qty.Value, new Money(each, c))
            {
                Tax = taxed is decimal t && t != 0 ? new Money(t, c) : null,
            };
            string vendor = row.Value(customer), invoiceNumber = row.Value(number);
            int n = lines[(vendor, invoiceNumber)] = lines.GetValueOrDefault((vendor, invoiceNumber)) + 1;
            Invoice? invoice = Make(row, vendor, customer, invoiceNumber, number, issuedOn, stated, money, [line], out key,
                string.Create(CultureInfo.InvariantCulture, $"{n}|{row.Value(item)}|{qty}|{unit}"));
            row.Measures = default;
            row.Measure(c.Code, line.Gross.Amount);
            return invoice is null ? null : invoice with { Status = state.Value, Due = row.Date(due, false, DateOrder.Unspecified, "Due Date") };
        });
    }
}

/// <summary>Invoicely's export: one row per invoice, totals only.</summary>
internal sealed class InvoicelySource() : InvoiceSource("invoicely", "Invoicely export, one row per invoice (Date, Due, Details, Client, Status, Total); the currency from IntakeOptions.Currency.")
{
    private protected override bool RowsAreLines => false;

    private protected override bool StatesTotal => true;

    private protected override CultureInfo? Culture => null;

    internal override bool Recognises(IntakeHeader header) => header.Has("Date", "Due", "Details", "Client", "Status", "Total");

    private protected override RowReader<Invoice> Bind(IntakeHeader header, List<string> missing)
    {
        int date = header.Find("Date"), due = header.Find("Due"), details = header.Find("Details"), client = header.Find("Client");
        int status = header.Find("Status"), total = header.Find("Total");
        return new DelegateReader<Invoice>((IntakeRow row, out string key) =>
        {
            Currency? money = row.CurrencyOf(null, -1, "currency");
            decimal? stated = MoneyCells.Amount(row, total, true, null, "Total");
            InvoiceStatus? state = Status(row, status);
            LocalDate? issuedOn = row.Date(date, true, DateOrder.MonthDayYear, "Date");
            Invoice? invoice = Make(row, row.Value(client), client, row.Value(details), details, issuedOn, stated, money, [], out key);
            return invoice is null ? null : invoice with { Status = state ?? InvoiceStatus.Draft, Due = row.Date(due, false, DateOrder.MonthDayYear, "Due") };
        });
    }
}

/// <summary>Our own commitment schema: purchase orders, one row per line, the order's fields repeated. Rows of one
/// order that disagree on its vendor, date, project or currency are rejected; accepted rows are combined into one
/// <see cref="Commitment"/> per id, lines in order.</summary>
internal sealed class PsoCommitmentSource() : IntakeSource<Commitment>("pso-commitments", IntakeKind.Commitments, "Commitments (purchase orders) in Pso.Domain's own schema, one row per line: id, vendor, date, project, currency, line, description, quantity, unit_price; account optional.")
{
    internal override bool Recognises(IntakeHeader header) => header.Has("id", "vendor", "date", "quantity", "unit_price") && !header.Has("number");

    private protected override RowReader<Commitment> Bind(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "id", "vendor", "date", "project", "currency", "line", "quantity", "unit_price");
        int id = header.Find("id"), vendor = header.Find("vendor"), date = header.Find("date"), project = header.Find("project");
        int currency = header.Find("currency"), line = header.Find("line"), description = header.Find("description");
        int quantity = header.Find("quantity"), price = header.Find("unit_price"), account = header.Find("account");
        return new DelegateReader<Commitment>((IntakeRow row, out string key) =>
        {
            key = "";
            CultureInfo invariant = CultureInfo.InvariantCulture;
            string order = row.Need(id, "id"), who = row.Need(vendor, "vendor");
            LocalDate? day = row.Date(date, true, DateOrder.Unspecified, "date");
            ProjectId? projectId = row.Id<ProjectId>(project, true, "project");
            Currency? money = row.CurrencyOf(row.Value(currency), currency, "currency");
            decimal? number = row.Number(line, true, invariant, "line");
            decimal? qty = MoneyCells.Amount(row, quantity, true, invariant, "quantity");
            decimal? unit = MoneyCells.Amount(row, price, true, invariant, "unit_price");
            CostAccountId? charge = row.Id<CostAccountId>(account, false, "account");
            if (number is < 1 or > 100_000)
            {
                row.Fail(IntakeErrorCodes.OutOfRange, line, $"{number}: a line number runs from 1 to 100,000.", "line");
            }
            if (qty is decimal q && unit is decimal u && money is Currency c)
            {
                row.Measure(c.Code, Math.Round(q * u, c.MinorUnitDigits, MidpointRounding.AwayFromZero));
            }
            MoneyCells.StatusDate(row, day, date, "date");
            if (projectId is ProjectId p && row.Options.Projects is { } projects && !projects.Contains(p))
            {
                row.Fail(IntakeErrorCodes.UnknownProject, project, $"'{p}' is not a known project.", "project");
            }
            if (row.Errors is not null || day is null || projectId is null || money is null || number is null || qty is null || unit is null)
            {
                return null;
            }
            key = string.Create(invariant, $"{order}|{number}");
            var item = new CommitmentLine((int)number.Value, row.Value(description), qty.Value, new Money(unit.Value, money.Value)) { Account = charge };
            return new Commitment(order, who, day.Value, projectId.Value) { Lines = [item] };
        });
    }

    private protected override void Check(List<Candidate<Commitment>> candidates, IntakeRun run)
    {
        foreach (IGrouping<string, Candidate<Commitment>> order in candidates.GroupBy(c => c.Record.Id))
        {
            Candidate<Commitment> first = order.First();
            foreach (Candidate<Commitment> other in order.Skip(1))
            {
                Commitment a = first.Record, b = other.Record;
                if (a.Vendor != b.Vendor || a.Date != b.Date || a.Project != b.Project || a.Lines[0].UnitPrice.Currency != b.Lines[0].UnitPrice.Currency)
                {
                    other.Reject(run.Error(other, IntakeErrorCodes.ConflictingRows, "id",
                        $"commitment {b.Id} is on line {first.Line} with another vendor, date, project or currency."));
                }
            }
        }
    }

    private protected override ImmutableArray<Commitment> Collate(List<Candidate<Commitment>> accepted) =>
        [.. accepted.GroupBy(c => c.Record.Id).Select(g => g.First().Record with { Lines = [.. g.SelectMany(c => c.Record.Lines).OrderBy(l => l.Number)] })
            .OrderBy(c => c.Project.Value, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)];
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.CostRecords;
using Pso.Domain.Intake.Pipeline;
using Pso.Domain.Intake.TaskReports;
using Pso.Domain.Intake.TimeEntries;

namespace Pso.Domain.Intake;

/// <summary>
/// Every source intake reads: our own schemas (documented in <c>docs/intake.md</c>) and the exports of the tools teams
/// already use. Detection tries them in the order of <see cref="All"/> and takes the first whose columns a header has.
/// </summary>
public static class IntakeSources
{
    /// <summary>Gets our own time-entry schema.</summary>
    public static IntakeSource<TimeEntry> TimeEntries { get; } = new PsoTimeEntrySource();

    /// <summary>Gets our own expense schema.</summary>
    public static IntakeSource<Expense> Expenses { get; } = new PsoExpenseSource();

    /// <summary>Gets our own invoice schema (one row per line).</summary>
    public static IntakeSource<Invoice> Invoices { get; } = new PsoInvoiceSource();

    /// <summary>Gets our own commitment schema (one row per purchase-order line).</summary>
    public static IntakeSource<Commitment> Commitments { get; } = new PsoCommitmentSource();

    /// <summary>Gets our own task-completion schema.</summary>
    public static IntakeSource<TaskReport> TaskReports { get; } = new PsoTaskReportSource();

    /// <summary>Gets Toggl Track's detailed report.</summary>
    public static IntakeSource<TimeEntry> Toggl { get; } = new TogglSource();

    /// <summary>Gets Clockify's detailed report (US dates unless <see cref="IntakeOptions.DateOrder"/> says
    /// otherwise).</summary>
    public static IntakeSource<TimeEntry> Clockify { get; } = new ClockifySource();

    /// <summary>Gets Harvest's detailed time report (numbers in the account's locale, detected).</summary>
    public static IntakeSource<TimeEntry> Harvest { get; } = new HarvestSource();

    /// <summary>Gets Kimai's timesheet export.</summary>
    public static IntakeSource<TimeEntry> Kimai { get; } = new KimaiSource();

    /// <summary>Gets Jira's issue export, with its issue links.</summary>
    public static IntakeSource<TaskReport> Jira { get; } = new JiraSource();

    /// <summary>Gets the work logs in Jira's issue export, one time entry each (chosen by name: detection reads a Jira
    /// export as task reports).</summary>
    public static IntakeSource<TimeEntry> JiraWorkLogs { get; } = new JiraWorkLogSource();

    /// <summary>Gets TickTick's backup CSV.</summary>
    public static IntakeSource<TaskReport> TickTick { get; } = new TickTickSource();

    /// <summary>Gets Asana's project export.</summary>
    public static IntakeSource<TaskReport> Asana { get; } = new AsanaSource();

    /// <summary>Gets Wave's transactions export (the rows on expense accounts).</summary>
    public static IntakeSource<Expense> Wave { get; } = new WaveSource();

    /// <summary>Gets Invoice Ninja's version 4 expense export.</summary>
    public static IntakeSource<Expense> InvoiceNinja { get; } = new InvoiceNinjaSource();

    /// <summary>Gets FreshBooks' invoice export (one row per line item).</summary>
    public static IntakeSource<Invoice> FreshBooks { get; } = new FreshBooksSource();

    /// <summary>Gets Invoice2go's invoice export.</summary>
    public static IntakeSource<Invoice> Invoice2go { get; } = new Invoice2goSource();

    /// <summary>Gets Zoho Invoice's (and Zoho Books') invoice export (one row per line item).</summary>
    public static IntakeSource<Invoice> Zoho { get; } = new ZohoSource();

    /// <summary>Gets Invoicely's invoice export.</summary>
    public static IntakeSource<Invoice> Invoicely { get; } = new InvoicelySource();

    /// <summary>Gets every source, in the order detection tries them.</summary>
    public static ImmutableArray<IntakeSource> All { get; } =
    [
        TimeEntries,
        Expenses,
        Invoices,
        Commitments,
        TaskReports,
        Toggl,
        Clockify,
        Harvest,
        Kimai,
        Jira,
        JiraWorkLogs,
        TickTick,
        Asana,
        Wave,
        InvoiceNinja,
        FreshBooks,
        Invoice2go,
        Zoho,
        Invoicely,
    ];

    /// <summary>Finds a source by its name, ignoring case.</summary>
    /// <param name="name">The name, such as <c>toggl</c>.</param>
    /// <returns>The source, or null when there is none of that name.</returns>
    public static IntakeSource? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the source of a header: the first that recognises its column names.</summary>
    /// <param name="columns">The column names.</param>
    /// <returns>The source, or null when none recognises them.</returns>
    public static IntakeSource? Detect(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return Detect(new IntakeHeader([.. columns.Select(c => c.Trim())]));
    }

    internal static IntakeSource? Detect(IntakeHeader header) => All.FirstOrDefault(s => s.Recognises(header));
}

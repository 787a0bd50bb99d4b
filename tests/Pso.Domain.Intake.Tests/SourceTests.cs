using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Errors;
using Pso.Domain.Intake.TaskReports;
using Pso.Domain.Scheduling;
using static Pso.Domain.Intake.Tests.SourceFixtures;

namespace Pso.Domain.Intake.Tests;

public class SourceTests
{
    private static IntakeResult Read(string text, IntakeOptions? options = null, IntakeSource? source = null) =>
        IntakeReader.ReadCsv(new StringReader(text), "fixture.csv", source, options);

    private static IntakeResult<T> Read<T>(string text, IntakeOptions? options = null)
        where T : class => IntakeReader.ReadCsvAs<T>(new StringReader(text), "fixture.csv", options: options);

    private static (long Read, long Accepted, long Rejected, long Duplicates) Books(IntakeResult result) =>
        (
            result.Reconciliation.RowsRead,
            result.Reconciliation.RowsAccepted,
            result.Reconciliation.RowsRejected,
            result.Reconciliation.RowsDuplicate
        );

    private static string[] Codes(IntakeResult result) =>
        [.. result.Rejected.SelectMany(r => r.Errors).Select(e => e.Code).Distinct().Order(StringComparer.Ordinal)];

    public static TheoryData<string, string> Fixtures =>
        new()
        {
            { "toggl", Toggl },
            { "clockify", Clockify },
            { "clockify", ClockifySemicolon },
            { "harvest", Harvest },
            { "kimai", Kimai },
            { "jira", Jira },
            { "ticktick", TickTick },
            { "asana", Asana },
            { "wave", Wave },
            { "invoiceninja", InvoiceNinja },
            { "freshbooks", FreshBooks },
            { "invoice2go", Invoice2go },
            { "zoho", Zoho },
            { "invoicely", Invoicely },
            { "pso-invoices", PsoInvoices },
            { "pso-commitments", PsoCommitments },
            { "pso-expenses", PsoExpenses },
            { "pso-task-reports", PsoTaskReports },
        };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_is_detected_reconciled_and_reingested_as_duplicates_only(string source, string text)
    {
        var options = new IntakeOptions
        {
            Currency = Currency.Usd,
            Project = new ProjectId("DEFAULT"),
            Account = new CostAccountId("9.9"),
        };
        IntakeResult first = Read(text, options);
        Assert.Equal(source, first.Source?.Name);
        Assert.True(first.Reconciliation.Reconciled);
        Assert.True(
            first.Reconciliation.RowsAccepted > 0,
            string.Join(" | ", first.Rejected.SelectMany(r => r.Errors).Select(e => e.Message))
        );
        IntakeResult again = Read(text, options with { SeenKeys = first.Keys.ToHashSet() });
        Assert.Equal(0, again.Reconciliation.RowsAccepted);
        Assert.Equal(first.Reconciliation.RowsAccepted, again.Reconciliation.RowsDuplicate);
        Assert.True(again.Reconciliation.Reconciled);
    }

    [Fact]
    public void Toggl_rows_give_hours_from_the_duration_and_overlapping_entries_are_both_rejected()
    {
        var result = Read<TimeEntry>(Toggl);
        Assert.Equal((4L, 1L, 3L, 0L), Books(result));
        TimeEntry night = Assert.Single(result.Accepted);
        Assert.Equal(
            (new ResourceId("omar@example.org"), new ProjectId("Intranet"), 1.25m),
            (night.Resource, night.Project, night.Hours.Hours)
        );
        Assert.Equal(IntakeErrorCodes.NonPositiveHours, result.Rejected[0].Errors.Single().Code);
        Assert.Equal(
            [3, 4],
            result.Rejected.Where(r => r.Errors.Any(e => e.Code == IntakeErrorCodes.Overlap)).Select(r => r.Row.Line)
        );
        Assert.Contains("line 4", result.Rejected[1].Errors.Single().Message);
        Assert.Equal("Duration", result.Rejected[0].Errors[0].Location.Field);
    }

    [Fact]
    public void Clockify_reads_us_dates_twelve_hour_times_short_rows_and_rejects_impossible_dates()
    {
        var result = Read<TimeEntry>(Clockify);
        Assert.Equal((3L, 2L, 1L, 0L), Books(result));
        Assert.Equal([new LocalDate(2026, 3, 14), new LocalDate(2026, 3, 16)], result.Accepted.Select(e => e.Date));
        // The short row has no durations: its hours come from its start and end times.
        Assert.Equal([2.5m, 1.5m], result.Accepted.Select(e => e.Hours.Hours));
        RejectedRow impossible = Assert.Single(result.Rejected);
        Assert.Equal(
            (IntakeErrorCodes.BadDate, 3, "Start Date"),
            (impossible.Errors[0].Code, impossible.Row.Line, impossible.Errors[0].Location.Field)
        );

        var semicolons = Read<TimeEntry>(ClockifySemicolon);
        Assert.Equal([3.5m, 2m], semicolons.Accepted.Select(e => e.Hours.Hours));
        Assert.Equal([new LocalDate(2026, 7, 28), new LocalDate(2026, 7, 29)], semicolons.Accepted.Select(e => e.Date));
    }

    [Fact]
    public void Numbers_in_a_varying_locale_are_detected_only_where_unambiguous()
    {
        var result = Read<TimeEntry>(Harvest);
        TimeEntry mira = Assert.Single(result.Accepted);
        Assert.Equal((new ResourceId("Mira Holt"), 6.5m), (mira.Resource, mira.Hours.Hours));
        ValidationErrorAssert(result.Rejected.Single(), IntakeErrorCodes.AmbiguousNumber, "IntakeOptions.Culture");

        var german = Read<TimeEntry>(Harvest, new IntakeOptions { Culture = CultureInfo.GetCultureInfo("de-DE") });
        Assert.Equal([1.5m, 6.5m], german.Accepted.Select(e => e.Hours.Hours).Order());
    }

    [Fact]
    public void A_numeric_date_that_reads_both_ways_asks_for_the_date_order()
    {
        string text = Clockify.Replace("03/14/2026", "03/04/2026", StringComparison.Ordinal);
        var asUs = Read<TimeEntry>(text);
        Assert.Equal(new LocalDate(2026, 3, 4), asUs.Accepted[0].Date);
        var asEuropean = Read<TimeEntry>(text, new IntakeOptions { DateOrder = DateOrder.DayMonthYear });
        Assert.Equal(new LocalDate(2026, 4, 3), asEuropean.Accepted.First(e => e.Hours.Hours == 2.5m).Date);
        // Our own schema has no date order of its own: 03/04/2026 is ambiguous there and the error names the setting.
        var ours = Read<TaskReport>("activity,percent_complete,reported\nA1,10,03/04/2026\n");
        ValidationErrorAssert(ours.Rejected.Single(), IntakeErrorCodes.AmbiguousDate, "IntakeOptions.DateOrder");
    }

    [Fact]
    public void Kimai_gives_seconds_as_hours_and_keeps_multi_line_descriptions()
    {
        var result = Read<TimeEntry>(Kimai);
        Assert.Equal([2m, 1.5m], result.Accepted.Select(e => e.Hours.Hours));
        Assert.Equal("Testing", result.Accepted[0].Activity?.Value);
    }

    [Fact]
    public void Jira_issues_become_task_reports_with_links_and_blank_rows_are_set_aside()
    {
        var result = Read<TaskReport>(Jira);
        Assert.Equal((3L, 3L, 0L, 0L), Books(result));
        Assert.Equal(2, result.Skipped.Length);
        TaskReport done = result.Accepted.Single(r => r.Activity.Value == "WEB-1");
        Assert.Equal(
            (100m, new LocalDateTime(2026, 3, 6, 16, 15), 10m),
            (done.PercentComplete!.Value, done.ActualFinish!.Value, done.ActualWork!.Value.Hours)
        );
        TaskReport api = result.Accepted.Single(r => r.Activity.Value == "WEB-2");
        Assert.Equal((25m, Duration.FromHours(9)), (api.PercentComplete!.Value, api.RemainingDuration!.Value));
        Assert.Equal(["WEB-1"], api.Predecessors.Select(a => a.Value));
        Assert.Equal(["WEB-3"], api.Successors.Select(a => a.Value));
        TaskReport docs = result.Accepted.Single(r => r.Activity.Value == "WEB-3");
        Assert.Equal(["WEB-2", "WEB-1"], docs.Predecessors.Select(a => a.Value));
        Assert.Equal((0m, "Write the docs, with examples"), (docs.PercentComplete!.Value, docs.Name));
    }

    [Fact]
    public void Jira_work_logs_become_time_entries_and_overlapping_logs_are_warnings()
    {
        // Jira's "Started" is when a log was entered: overlapping logs are accepted with a warning by default.
        IntakeResult<TimeEntry> result = IntakeSources.JiraWorkLogs.ReadCsv(new StringReader(JiraWorkLogs), "jira.csv");
        Assert.Equal((5L, 5L, 0L, 0L), Books(result));
        Assert.Single(result.Skipped);
        Assert.Equal(
            [
                ("acc-mira", "WEB-1", new LocalDate(2026, 3, 2), 2m),
                ("acc-mira", "WEB-1", new LocalDate(2026, 3, 3), 0.5m),
            ],
            result
                .Accepted.Where(e => e.Resource.Value == "acc-mira")
                .Select(e => (e.Resource.Value, e.Activity!.Value.Value, e.Date, e.Hours.Hours))
        );
        // Omar's four hours from 10:00 overlap both later logs, all on line 3: each warning names both logs by their
        // times.
        Assert.Equal(4, result.Warnings.Count(w => w.Code == IntakeErrorCodes.Overlap));
        Assert.All(result.Warnings, w => Assert.Equal(ValidationSeverity.Warning, w.Severity));
        Assert.Contains(result.Warnings, w =>
            w.Message.EndsWith(
                "'acc-omar' from 2026-03-02 13:00 to 14:00 (line 3) overlaps the entry from 10:00 to 14:00 on the "
                    + "same line.",
                StringComparison.Ordinal
            )
        );
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void The_host_can_make_an_overlap_of_work_logs_an_error_again()
    {
        var options = new IntakeOptions
        {
            RuleSeverities = new Dictionary<string, ValidationSeverity>
            {
                [IntakeErrorCodes.Overlap] = ValidationSeverity.Error,
            },
        };
        IntakeResult<TimeEntry> result = IntakeSources.JiraWorkLogs.ReadCsv(
            new StringReader(JiraWorkLogs),
            "jira.csv",
            options
        );
        Assert.Equal((5L, 2L, 3L, 0L), Books(result));
        Assert.All(result.Rejected, r => Assert.Equal(IntakeErrorCodes.Overlap, r.Errors[0].Code));
        Assert.Equal(
            [
                ";02/Mar/26 10:00 AM;acc-omar;14400",
                ";02/Mar/26 1:00 PM;acc-omar;3600",
                ";02/Mar/26 1:30 PM;acc-omar;3600",
            ],
            result.Rejected.Select(r => r.Row.Text).Order(StringComparer.Ordinal)
        );
        Assert.Equal(
            2,
            result.Rejected.Single(r => r.Row.Text.Contains("14400", StringComparison.Ordinal)).Errors.Length
        );
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void Rule_severities_set_by_the_host_apply_to_every_source_and_only_to_rules()
    {
        // An unknown person accepted with a warning; an entry after the status date still rejected.
        const string text = "person,project,date,hours\nana,P1,2026-03-02,8\ncy,P1,2026-03-02,8\nana,P1,2026-04-02,8\n";
        var options = new IntakeOptions
        {
            Resources = new HashSet<ResourceId> { new("ana") },
            StatusDate = new LocalDate(2026, 3, 31),
            RuleSeverities = new Dictionary<string, ValidationSeverity>
            {
                [IntakeErrorCodes.UnknownResource] = ValidationSeverity.Warning,
            },
        };
        var result = Read<TimeEntry>(text, options);
        Assert.Equal((3L, 2L, 1L, 0L), Books(result));
        Assert.Equal(IntakeErrorCodes.UnknownResource, Assert.Single(result.Warnings).Code);
        Assert.Equal(IntakeErrorCodes.AfterStatusDate, Assert.Single(result.Rejected).Errors.Single().Code);
        Assert.Equal(IntakeErrorCodes.Overlap, Assert.Single(IntakeSources.JiraWorkLogs.RuleSeverities).Key);
        Assert.Empty(IntakeSources.Toggl.RuleSeverities);

        var wrong = options with
        {
            RuleSeverities = new Dictionary<string, ValidationSeverity>
            {
                [IntakeErrorCodes.BadDate] = ValidationSeverity.Warning,
            },
        };
        Assert.Contains(
            "intake.bad-date",
            Assert.Throws<ArgumentException>(() => Read(text, wrong)).Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void TickTick_preamble_is_skipped_and_completed_tasks_carry_their_finish()
    {
        var result = Read<TaskReport>(TickTick);
        Assert.Equal(3, result.Skipped.Length);
        Assert.Equal((2L, 2L), (result.Reconciliation.RowsRead, result.Reconciliation.RowsAccepted));
        TaskReport venue = result.Accepted.Single(r => r.Activity.Value == "t1");
        Assert.Equal(
            (new LocalDateTime(2026, 3, 2, 15, 30), 100m),
            (venue.ActualFinish!.Value, venue.PercentComplete!.Value)
        );
        Assert.Equal("t1", result.Accepted.Single(r => r.Activity.Value == "t2").Parent?.Value);
    }

    [Fact]
    public void An_asana_id_turned_into_a_number_is_rejected_with_the_reason()
    {
        var result = Read<TaskReport>(Asana);
        ValidationErrorAssert(result.Rejected.Single(), IntakeErrorCodes.BadId, "spreadsheet");
        Assert.Equal(
            ["1200000000000001"],
            result.Accepted.Single(r => r.Name == "Print badges").Predecessors.Select(a => a.Value)
        );
    }

    [Fact]
    public void Wave_takes_the_expense_side_of_each_transaction_and_says_what_the_other_rows_are()
    {
        var options = new IntakeOptions
        {
            Currency = Currency.Eur,
            Project = new ProjectId("WEB"),
            Account = new CostAccountId("1.3"),
        };
        var result = Read<Expense>(Wave, options);
        Expense laptop = Assert.Single(result.Accepted);
        Assert.Equal(
            (new Money(1450m, Currency.Eur), "Computer – Hardware", (VendorId?)new VendorId("TechShop"), "B-77"),
            (laptop.Amount, laptop.Category, laptop.Vendor, laptop.Receipt)
        );
        ValidationErrorAssert(
            result.Rejected.Single(),
            IntakeErrorCodes.NotAnExpense,
            "Asset side of transaction 9001"
        );
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void Wave_keeps_every_line_of_a_bill_even_when_two_lines_read_the_same()
    {
        // A bill of 10.00 + 10.00 on one account: the two expense rows are the same text, yet two expenses.
        string header = Wave[..(Wave.IndexOf('\n', StringComparison.Ordinal) + 1)];
        const string line =
            "9002,2026-02-11,Computer – Hosting,Bill 66,Hosting,10.00,,10.00,,Accounts Payable,,Host Co,,66,,10.00,,,"
            + "2026-02-11,2026-02-11,Expense,Operating Expense,\n";
        string text =
            header
            + line
            + line
            + "9002,2026-02-11,Accounts Payable,Bill 66,Bill 66,20.00,,,20.00,Computer – Hosting,,Host Co,,66,,20.00,,,"
            + "2026-02-11,2026-02-11,Liability,System Payable Bill,\n";
        var options = new IntakeOptions
        {
            Currency = Currency.Eur,
            Project = new ProjectId("WEB"),
            Account = new CostAccountId("1.3"),
        };

        var result = Read<Expense>(text, options);

        Assert.Equal(["9002:Computer – Hosting", "9002:Computer – Hosting#2"], result.Accepted.Select(e => e.Id.Value));
        Assert.Equal(20.00m, result.Accepted.Sum(e => e.Amount.Amount));
        Assert.Equal((3, 0), (result.Reconciliation.RowsRead, result.Reconciliation.RowsDuplicate));
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void Expense_ids_and_vendors_are_typed_ids_and_an_expense_without_an_id_gets_one_from_its_row()
    {
        string longVendor = new('v', 300);
        var result = Read<Expense>(
            "id,date,amount,currency,category,project,account,activity,vendor,receipt\n"
                + ",2026-03-02,49.90,EUR,software,WEB,1.3,,Fontshop,\n"
                + $"E3,2026-03-03,12.50,EUR,travel,WEB,1.3,,{longVendor},\n"
                + $",2026-03-04,8.00,EUR,{new string('c', 300)},WEB,1.3,,,\n"
        );
        Assert.Equal(2, result.Accepted.Length);
        Expense derived = result.Accepted[0];
        Assert.Matches("^xxh128:[0-9a-f]{32}$", result.Accepted[1].Id.Value);
        Assert.Equal(new VendorId("Fontshop"), derived.Vendor);
        Assert.StartsWith("WEB|2026-03-02|49.90|EUR|software|", derived.Id.Value, StringComparison.Ordinal);
        ValidationErrorAssert(result.Rejected.Single(), IntakeErrorCodes.BadId, "not a valid id");
        Assert.Equal("vendor", result.Rejected.Single().Errors.Single().Location.Field);
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void A_file_without_currency_names_the_setting_and_an_expense_without_an_account_is_rejected()
    {
        IntakeResult noCurrency = Read(InvoiceNinja);
        Assert.Equal(3, noCurrency.Skipped.Length);
        Assert.All(noCurrency.Rejected, r =>
            Assert.Contains(r.Errors, e =>
                e.Code == IntakeErrorCodes.MissingCurrency
                && e.Message.Contains("IntakeOptions.Currency", StringComparison.Ordinal)
            )
        );
        Assert.All(noCurrency.Rejected, r => Assert.Contains(r.Errors, e => e.Code == IntakeErrorCodes.NoCostAccount));

        var ours = Read<Expense>(PsoExpenses);
        Assert.Equal(["E1"], ours.Accepted.Select(e => e.Id.Value));
        ValidationErrorAssert(ours.Rejected.Single(), IntakeErrorCodes.NoCostAccount, "IntakeOptions.Account");
        var defaulted = Read<Expense>(PsoExpenses, new IntakeOptions { Account = new CostAccountId("1.9") });
        Assert.Equal(["1.3", "1.9"], defaulted.Accepted.Select(e => e.Account!.Value.Value));
        Assert.Equal(62.40m, defaulted.Reconciliation.Totals.Single(t => t.Measure == "EUR").Accepted);
    }

    [Fact]
    public void Invoice_lines_are_combined_and_their_sums_checked()
    {
        var freshbooks = Read<Invoice>(FreshBooks);
        Invoice acme = Assert.Single(freshbooks.Accepted);
        Assert.Equal(
            (new Money(2670m, Currency.Eur), 2, InvoiceStatus.Approved),
            (acme.Total, acme.Lines.Length, acme.Status)
        );
        Assert.Equal(76.5m, acme.Lines[1].UnitPrice.Amount);

        var i2g = Read<Invoice>(Invoice2go);
        Invoice survey = Assert.Single(i2g.Accepted);
        Assert.Equal((new Money(165m, Currency.Usd), 2), (survey.Total, survey.Lines.Length));
        Assert.Equal(survey.Total, Money.Sum(survey.Lines.Select(l => l.Gross), Currency.Usd));

        var zoho = Read<Invoice>(Zoho);
        Invoice inv17 = Assert.Single(zoho.Accepted);
        Assert.Equal(
            (new Money(1780m, Currency.Eur), 2, 112.5m, new LocalDate(2026, 4, 19)),
            (inv17.Total, inv17.Lines.Length, inv17.Lines[0].UnitPrice.Amount, inv17.Due!.Value)
        );

        var invoicely = Read<Invoice>(Invoicely, new IntakeOptions { Currency = Currency.Gbp });
        Assert.Equal(
            (new Money(1020m, Currency.Gbp), new LocalDate(2026, 4, 27)),
            (invoicely.Accepted[0].Total, invoicely.Accepted[0].Due!.Value)
        );
    }

    [Fact]
    public void Our_invoices_are_checked_for_sums_numbers_and_the_currency_of_their_commitment()
    {
        var commitments = Read<Commitment>(PsoCommitments);
        Commitment po1 = Assert.Single(commitments.Accepted);
        Assert.Equal((2, new Money(1400m, Currency.Eur)), (po1.Lines.Length, po1.Total));
        ValidationErrorAssert(commitments.Rejected.Single(), IntakeErrorCodes.ConflictingRows, "PO-1");

        var po2 = new Commitment(
            new CommitmentId("PO-2"),
            new VendorId("Contoso"),
            new LocalDate(2026, 2, 1),
            new ProjectId("WEB")
        )
        {
            Lines = [new CommitmentLine(1, "Licences", 3, new Money(100m, Currency.Eur))],
        };
        var invoices = Read<Invoice>(PsoInvoices, new IntakeOptions { Commitments = [po1, po2] });
        Invoice n1 = Assert.Single(invoices.Accepted);
        Assert.Equal(("N-1", 2, new Money(1210m, Currency.Eur)), (n1.Number, n1.Lines.Length, n1.Total));
        Assert.Equal(
            [
                (4, IntakeErrorCodes.LinesDoNotSum),
                (5, IntakeErrorCodes.CurrencyMismatch),
                (6, IntakeErrorCodes.DuplicateInvoiceNumber),
            ],
            invoices.Rejected.Select(r => (r.Row.Line, r.Errors[0].Code))
        );
        Assert.True(invoices.Reconciliation.Reconciled);
    }

    [Fact]
    public void Task_reports_going_backwards_or_finishing_before_they_start_are_rejected()
    {
        var result = Read<TaskReport>(PsoTaskReports);
        Assert.Equal(
            [(3, IntakeErrorCodes.PercentBackwards), (4, IntakeErrorCodes.FinishBeforeStart)],
            result.Rejected.Select(r => (r.Row.Line, r.Errors[0].Code))
        );
        Assert.Equal(["A1", "A3"], result.Accepted.Select(r => r.Activity.Value));
        Assert.Equal(["A1", "A2"], result.Accepted[1].Predecessors.Select(a => a.Value));
    }

    [Fact]
    public void Task_reports_become_progress_on_the_schedule_with_conflicts_reported()
    {
        var calendar = new Calendars.WorkCalendar(new CalendarId("std"), Calendars.WorkWeek.Standard);
        var start = new LocalDateTime(2026, 3, 2, 8, 0);
        Activity Task(string id) => new(new ActivityId(id), id, Duration.FromHours(16));
        var project = new Project(
            new ProjectId("WEB"),
            "Website",
            calendar,
            start,
            [Task("A1"), Task("A2") with { PercentComplete = 50, ActualStart = start }, Task("A3")],
            [new Dependency(new ActivityId("A1"), new ActivityId("A3"))]
        );
        TaskReport[] reports =
        [
            new(new ActivityId("A1"))
            {
                ActualStart = start,
                PercentComplete = 40,
                RemainingDuration = Duration.FromHours(10),
                ReportedOn = new LocalDate(2026, 3, 2),
            },
            new(new ActivityId("A2")) { PercentComplete = 30, ReportedOn = new LocalDate(2026, 3, 2) },
            new(new ActivityId("A3")) { ActualFinish = start.PlusHours(30), ReportedOn = new LocalDate(2026, 3, 3) },
            new(new ActivityId("ZZ")) { PercentComplete = 10 },
            new(new ActivityId("A1")) { Project = new ProjectId("OTHER"), PercentComplete = 99 },
        ];

        ProgressUpdateResult update = ProgressUpdate.Apply(project, reports, start.PlusDays(2));

        Assert.Equal(["A1", "A3"], update.Updated.Select(a => a.Value));
        Activity a1 = update.Project.GetActivity(new ActivityId("A1"));
        Assert.Equal(
            (start, 40m, Duration.FromHours(10)),
            (a1.ActualStart!.Value, a1.PercentComplete, a1.RemainingDuration!.Value)
        );
        Activity a3 = update.Project.GetActivity(new ActivityId("A3"));
        Assert.Equal(
            (start.PlusHours(30), start.PlusHours(30), 100m),
            (a3.ActualStart!.Value, a3.ActualFinish!.Value, a3.PercentComplete)
        );
        Assert.Equal(
            [
                (IntakeErrorCodes.PercentBackwards, "A2"),
                (IntakeErrorCodes.StartAssumed, "A3"),
                (IntakeErrorCodes.UnknownActivity, "ZZ"),
            ],
            update.Conflicts.Select(c => (c.Code, c.Location.RecordId!)).OrderBy(c => c.Item2, StringComparer.Ordinal)
        );
        Assert.Equal(50m, update.Project.GetActivity(new ActivityId("A2")).PercentComplete);
        Assert.Equal(new ProjectId("OTHER"), Assert.Single(update.Elsewhere).Project);
    }

    [Fact]
    public void A_read_for_one_kind_of_record_is_typed_and_refuses_a_file_of_another_kind()
    {
        IntakeResult<TimeEntry> hours = Read<TimeEntry>(Toggl);
        ValidationException wrong = Assert.Throws<ValidationException>(() => Read<Invoice>(Toggl));
        IntakeResult<Invoice> nobody = Read<Invoice>("Client Name,Address\nAcme,\"1 Main St\"\n");

        Assert.NotEmpty(hours.Accepted);
        ValidationError error = Assert.Single(wrong.Errors);
        Assert.Equal(IntakeErrorCodes.WrongKind, error.Code);
        Assert.Equal("fixture.csv", error.Location.File);
        Assert.StartsWith(
            "The toggl source read the file, which gives TimeEntry records, not Invoice records;",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Empty(nobody.Accepted);
        Assert.Equal((1L, 0L, 1L, 0L), Books(nobody));
        // A file that detection reads as another kind is read as this one by naming the source.
        Assert.Throws<ValidationException>(() => Read<TimeEntry>(JiraWorkLogs));
        IntakeResult<TimeEntry> logs = IntakeReader.ReadCsvAs(
            new StringReader(JiraWorkLogs),
            "fixture.csv",
            IntakeSources.JiraWorkLogs,
            IntakeOptions.Default with
            {
                Currency = Currency.Eur,
            }
        );
        Assert.NotEmpty(logs.Accepted);
    }

    [Fact]
    public void A_file_no_source_reads_is_rejected_row_by_row_and_still_reconciles()
    {
        IntakeResult result = Read("Client Name,Address\nAcme,\"1 Main St\"\nGlobex,\n");
        Assert.Null(result.Source);
        Assert.Equal((2L, 0L, 2L, 0L), Books(result));
        Assert.All(result.Rejected, r => Assert.Equal(IntakeErrorCodes.UnknownSource, r.Errors.Single().Code));
        Assert.Contains("give the source by name (one of pso-time-entries,", result.Rejected[0].Errors[0].Message);
        Assert.DoesNotContain("--", result.Rejected[0].Errors[0].Message);
        Assert.Equal(
            IntakeSources.Toggl,
            IntakeSources.Detect(["User", "Email", "Project", "Start date", "Start time", "Duration"])
        );
        Assert.Equal(IntakeSources.Kimai, IntakeSources.Find("KIMAI"));
    }

    [Fact]
    public void Json_of_our_schemas_reads_like_the_csv_and_writing_reads_back_unchanged()
    {
        var options = new IntakeOptions { Account = new CostAccountId("1.9") };
        var csv = Read<Expense>(PsoExpenses, options);
        var json = new MemoryStream();
        IntakeJson.Write(json, csv.Accepted);
        json.Position = 0;
        IntakeResult<Expense> back = IntakeSources.Expenses.ReadJson(json, "expenses.json", options);
        Assert.Equal<Expense>(csv.Accepted, back.Accepted);

        var invoices = Read<Invoice>(FreshBooks);
        var text = new StringWriter();
        IntakeCsv.Write(text, invoices.Accepted);
        IntakeResult<Invoice> again = IntakeSources.Invoices.ReadCsv(new StringReader(text.ToString()), "invoices.csv");
        Assert.Equal(Describe(invoices.Accepted), Describe(again.Accepted));

        var reports = Read<TaskReport>(Jira);
        var reportsJson = new MemoryStream();
        IntakeJson.Write(reportsJson, reports.Accepted);
        reportsJson.Position = 0;
        IntakeResult<TaskReport> reportsBack = IntakeSources.TaskReports.ReadJson(reportsJson, "reports.json");
        Assert.Equal(Describe(reports.Accepted), Describe(reportsBack.Accepted));

        var rejected = new MemoryStream();
        IntakeJson.WriteRejected(rejected, reports.Rejected.Concat(invoices.Rejected).Concat(Read(Toggl).Rejected));
        Assert.Contains("intake.overlapping-entries", Encoding.UTF8.GetString(rejected.ToArray()));
    }

    [Theory]
    [InlineData("toggl")]
    [InlineData("clockify")]
    [InlineData("kimai")]
    [InlineData("pso-invoices")]
    [InlineData("jira-worklog")]
    public void Streaming_hands_on_what_reading_whole_gives(string name)
    {
        string text = name == "jira-worklog" ? JiraWorkLogs : (string)Fixtures.First(f => (string)f[0] == name)[1];
        IntakeResult whole = Read(text, source: IntakeSources.Find(name));
        var sink = new ListSink<object>();
        Reconciliation books = name switch
        {
            "pso-invoices" => IntakeSources.Invoices.Stream(new StringReader(text), "fixture.csv", sink),
            _ => ((IntakeSource<TimeEntry>)IntakeSources.Find(name)!).Stream(
                new StringReader(text),
                "fixture.csv",
                sink
            ),
        };
        Assert.Equal(whole.Reconciliation.RowsRead, books.RowsRead);
        Assert.Equal(
            (whole.Reconciliation.RowsAccepted, whole.Reconciliation.RowsRejected, whole.Reconciliation.RowsDuplicate),
            (books.RowsAccepted, books.RowsRejected, books.RowsDuplicate)
        );
        Assert.True(books.Reconciled);
        Assert.Equal(
            whole
                .Rejected.Select(r => (r.Row.Line, r.Row.Text, string.Join(",", r.Errors.Select(e => e.Message))))
                .Order(),
            sink.Rejected.Select(r => (r.Row.Line, r.Row.Text, string.Join(",", r.Errors.Select(e => e.Message))))
                .Order()
        );
        Assert.Equal(whole.Keys.Select(k => k.Value).Order(), sink.Keys.Select(k => k.Value).Order());
        Assert.Equal(
            whole.Warnings.Select(w => w.Message).Order(StringComparer.Ordinal),
            sink.Warnings.Select(w => w.Message).Order(StringComparer.Ordinal)
        );
        if (whole is IntakeResult<TimeEntry> entries)
        {
            Assert.Equal(
                entries.Accepted.OrderBy(e => e.Resource).ThenBy(e => e.Date).ThenBy(e => e.Hours.Hours),
                sink.Accepted.Cast<TimeEntry>().OrderBy(e => e.Resource).ThenBy(e => e.Date).ThenBy(e => e.Hours.Hours)
            );
        }
    }

    [Fact]
    public void Streaming_a_large_file_keeps_the_books_and_the_day_rule()
    {
        var text = new StringBuilder("id,person,project,date,hours\n");
        for (int i = 0; i < 30_000; i++)
        {
            // Three people over 100 days; every 97th row repeats an earlier id; two 10-hour entries and a 5 on one day.
            int id = i % 97 == 96 ? i - 50 : i;
            text.Append(
                CultureInfo.InvariantCulture,
                $"T{id},P{i % 3},WEB,{new LocalDate(2026, 1, 1).PlusDays(i / 3 % 100):uuuu-MM-dd},{(i % 300 == 0 ? 10 : 0.25m)}\n"
            );
        }
        IntakeResult<TimeEntry> whole = IntakeSources.TimeEntries.ReadCsv(new StringReader(text.ToString()), "big.csv");
        var sink = new ListSink<TimeEntry>();
        Reconciliation books = IntakeSources.TimeEntries.Stream(new StringReader(text.ToString()), "big.csv", sink);
        Assert.True(books.Reconciled);
        Assert.Equal(whole.Reconciliation, books with { Totals = whole.Reconciliation.Totals });
        Assert.Equal(whole.Reconciliation.Totals.Single().Accepted, books.Totals.Single().Accepted);
        Assert.Equal(whole.Accepted.Length, sink.Accepted.Count);
        Assert.Equal(whole.Rejected.Select(r => r.Row.Line).Order(), sink.Rejected.Select(r => r.Row.Line).Order());
    }

    private sealed class ListSink<T> : IIntakeSink<T>
    {
        internal List<T> Accepted { get; } = [];

        internal List<RejectedRow> Rejected { get; } = [];

        internal List<IntakeKey> Keys { get; } = [];

        internal List<SourceRow> Duplicates { get; } = [];

        public void Accept(T record) => Accepted.Add(record);

        public void Duplicate(SourceRow row) => Duplicates.Add(row);

        public void Reject(RejectedRow row) => Rejected.Add(row);

        public void Seen(IntakeKey key) => Keys.Add(key);

        internal List<ValidationError> Warnings { get; } = [];

        public void Warn(ValidationError warning) => Warnings.Add(warning);
    }

    [Pso.Domain.Testing.SeededProperty]
    public void Reingesting_a_file_adds_only_duplicates(int[] seeds)
    {
        // A file from the seeds: ids repeat, some rows have no id, some days go over 24 hours, some hours are bad.
        var text = new StringBuilder("id,person,project,date,hours\n");
        foreach (int s in seeds.Take(60))
        {
            int v = Math.Abs(s % 1000);
            string id = v % 7 == 0 ? "" : $"T{v % 23}";
            string hours = v % 11 == 0 ? "x" : ((v % 40) / 2m + 0.5m).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{id},R{v % 3},P1,2026-03-0{1 + (v % 5)},{hours}\n");
        }
        IntakeResult<TimeEntry> first = IntakeSources.TimeEntries.ReadCsv(new StringReader(text.ToString()), "f.csv");
        IntakeResult<TimeEntry> again = IntakeSources.TimeEntries.ReadCsv(
            new StringReader(text.ToString()),
            "f.csv",
            new IntakeOptions { SeenKeys = first.Keys.ToHashSet() }
        );
        Assert.Empty(again.Accepted);
        Assert.Equal(
            first.Reconciliation.RowsAccepted + first.Reconciliation.RowsDuplicate,
            again.Reconciliation.RowsDuplicate
        );
        Assert.Equal(first.Reconciliation.RowsRejected, again.Reconciliation.RowsRejected);
        Assert.True(again.Reconciliation.Reconciled);
    }

    [Fact]
    public void Day_totals_hold_for_dates_far_apart_and_before_the_first()
    {
        // The first date seeds the person's run of days; earlier dates grow it down, far dates go to the table.
        IntakeResult<TimeEntry> result = IntakeSources.TimeEntries.ReadCsv(
            new StringReader(
                "person,project,date,hours\nana,P1,2026-11-02,7\nana,P1,2026-10-01,20\nana,P1,2026-10-01,5\n"
                    + "ana,P1,0001-01-01,13\nana,P1,0001-01-01,12\nana,P1,9999-12-31,24\nana,P1,2026-11-02,17\n"
            ),
            "days.csv"
        );
        Assert.Equal([3, 4, 5, 6], result.Rejected.Select(r => r.Row.Line));
        Assert.All(result.Rejected, r => Assert.Equal(IntakeErrorCodes.OverTwentyFourHours, r.Errors.Single().Code));
        Assert.Equal(
            [new LocalDate(9999, 12, 31), new LocalDate(2026, 11, 2), new LocalDate(2026, 11, 2)],
            result.Accepted.Select(e => e.Date).OrderDescending()
        );
    }

    [Theory]
    [InlineData("12.005", "12.005", true)]
    [InlineData("12", "11.995", false)]
    [InlineData("0.0000001", "24", true)]
    [InlineData("23.99999999", "0.00000001", false)]
    [InlineData("1000000", "1", true)]
    [InlineData("0.5", "23.5", false)]
    public void Day_totals_are_exact_for_hours_of_any_precision(string first, string second, bool over)
    {
        // Hours in whole hundredths and any others add up exactly, streamed or read whole; 24 is allowed.
        string text = $"person,project,date,hours\nana,P1,2026-11-02,{first}\nana,P2,2026-11-02,{second}\n";
        IntakeResult<TimeEntry> whole = IntakeSources.TimeEntries.ReadCsv(new StringReader(text), "days.csv");
        var sink = new ListSink<TimeEntry>();
        IntakeSources.TimeEntries.Stream(new StringReader(text), "days.csv", sink);
        foreach (
            IReadOnlyList<RejectedRow> rejected in new[] { whole.Rejected, (IReadOnlyList<RejectedRow>)sink.Rejected }
        )
        {
            Assert.Equal(over, rejected.Any(r => r.Errors.Any(e => e.Code == IntakeErrorCodes.OverTwentyFourHours)));
        }
    }

    [Fact]
    public void Rows_rejected_after_streaming_come_back_verbatim_whatever_their_characters()
    {
        // Both rows are rejected by the day's total, so their text goes through the spill file and back.
        string[] rows = ["ana,P1,2026-11-02,13,Zoë ☕ 𝄞 \"a, b\"", "ana,P2,2026-11-02,13,lone \uD800 surrogate"];
        var sink = new ListSink<TimeEntry>();
        IntakeSources.TimeEntries.Stream(
            new StringReader("person,project,date,hours,note\n" + string.Join("\n", rows) + "\n"),
            "spill.csv",
            sink
        );
        Assert.Equal(rows, sink.Rejected.Select(r => r.Row.Text));
    }

    [Pso.Domain.Testing.SeededProperty]
    public bool Streaming_with_keys_and_rules_beyond_memory_gives_the_same_verdicts(int[] draws, byte budget)
    {
        // Ids repeat (also across the points where the key set fills and the rules go to files), some rows have no id
        // or
        // clock times, some days go over 24 hours and some clock times overlap: the verdicts, messages and all, are
        // those
        // of a run that keeps everything in memory.
        var text = new StringBuilder("id,person,project,date,hours,start,end\n");
        foreach (int draw in draws)
        {
            int v = Math.Abs(draw % 10_000);
            string id = v % 5 == 0 ? "" : $"T{v % 37}";
            string clock = v % 3 == 0 ? $"{8 + (v % 4)}:00,{10 + (v % 4)}:00" : ",";
            // Eight hours mostly, so that days come to exactly 24, just over it, or over it only through a duplicate.
            decimal hours = (v / 7 % 5) switch
            {
                3 => 4m,
                4 => 0.5m,
                _ => 8m,
            };
            text.Append(
                CultureInfo.InvariantCulture,
                $"{id},R{v % 2},P{v % 3},2026-03-0{1 + (v % 9)},{hours},{clock}\n"
            );
        }
        ListSink<TimeEntry> Stream(IntakeOptions options)
        {
            var sink = new ListSink<TimeEntry>();
            Reconciliation books = IntakeSources.TimeEntries.Stream(
                new StringReader(text.ToString()),
                "keys.csv",
                sink,
                options
            );
            Assert.True(books.Reconciled);
            return sink;
        }
        ListSink<TimeEntry> memory = Stream(IntakeOptions.Default);
        static string Verdicts(IEnumerable<RejectedRow> rows) =>
            string.Join(
                ";",
                rows.Select(r =>
                        $"{r.Row.Line}:"
                        + $"{string.Join(" ", r.Errors.Select(e => e.Message).Order(StringComparer.Ordinal))}"
                    )
                    .Order(StringComparer.Ordinal)
            );
        bool Same(ListSink<TimeEntry> files) =>
            memory.Accepted.SequenceEqual(files.Accepted)
            && Verdicts(memory.Rejected) == Verdicts(files.Rejected)
            && memory.Duplicates.Select(d => d.Line).Order().SequenceEqual(files.Duplicates.Select(d => d.Line).Order())
            && memory
                .Duplicates.Select(d => d.Text)
                .Order(StringComparer.Ordinal)
                .SequenceEqual(files.Duplicates.Select(d => d.Text).Order(StringComparer.Ordinal));
        // The key set full early, the rules' facts in files early (before or after the keys), and both.
        return Same(Stream(new IntakeOptions { KeysInMemory = 1 + (budget % 8) }))
            && Same(Stream(new IntakeOptions { RulesInMemory = 200 + (budget * 4) }))
            && Same(Stream(new IntakeOptions { KeysInMemory = 1 + (budget % 8), RulesInMemory = 200 + (budget * 4) }));
    }

    [Fact]
    public void A_repeated_row_found_while_streaming_gives_no_warning_and_comes_back_as_a_duplicate_in_file_order()
    {
        // Saturday 7 March is outside ana's calendar: the entry is accepted with a warning, its repeat (line 3, found
        // a row late) is a duplicate without one, handed on between the accepted rows before and after it.
        const string text =
            "id,person,project,date,hours\nT1,ana,P1,2026-03-07,2\nT1,ana,P1,2026-03-07,2\nT2,ana,P1,2026-03-09,3\n";
        var calendar = new Calendars.WorkCalendar(new CalendarId("std"), Calendars.WorkWeek.Standard);
        var options = new IntakeOptions
        {
            Calendars = new Dictionary<ResourceId, Calendars.WorkCalendar> { [new ResourceId("ana")] = calendar },
        };
        IntakeResult<TimeEntry> whole = IntakeSources.TimeEntries.ReadCsv(new StringReader(text), "sat.csv", options);
        var sink = new OrderSink();
        Reconciliation books = IntakeSources.TimeEntries.Stream(new StringReader(text), "sat.csv", sink, options);
        Assert.True(books.Reconciled);
        Assert.Equal(whole.Warnings.Select(w => w.Message), sink.Warnings);
        Assert.Equal([2], whole.Warnings.Select(w => w.Location.Line!.Value));
        Assert.Equal(["accept T1", "duplicate 3", "accept T2"], sink.Calls);
    }

    private sealed class OrderSink : IIntakeSink<TimeEntry>
    {
        internal List<string> Calls { get; } = [];

        internal List<string> Warnings { get; } = [];

        public void Accept(TimeEntry record) => Calls.Add($"accept {record.Id}");

        public void Reject(RejectedRow row) => Calls.Add($"reject {row.Row.Line}");

        public void Duplicate(SourceRow row) => Calls.Add($"duplicate {row.Line}");

        public void Warn(Pso.Domain.Errors.ValidationError warning) => Warnings.Add(warning.Message);
    }

    [Fact]
    public void A_duplicate_found_after_the_rules_went_to_files_leaves_its_day_total()
    {
        // T1's key fills the key set; T2's repeat (line 4) is found only at the end, after ana's day (24 hours with the
        // repeat) has gone to the files when bob came: it must leave that total, or line 6 would take the day over 24.
        // Bob's 24 hours on the 3rd are allowed.
        const string text =
            "id,person,project,date,hours\nT1,ana,P1,2026-03-02,8\nT2,ana,P1,2026-03-02,8\nT2,ana,P1,2026-03-02,8\n"
            + "T4,bob,P1,2026-03-02,1\nT3,ana,P1,2026-03-02,1\nT5,bob,P1,2026-03-03,8\nT6,bob,P1,2026-03-03,8\nT7,bob"
            + ",P1,2026-03-03,8\n";
        var sink = new ListSink<TimeEntry>();
        Reconciliation books = IntakeSources.TimeEntries.Stream(
            new StringReader(text),
            "late.csv",
            sink,
            new IntakeOptions { KeysInMemory = 1, RulesInMemory = 200 }
        );
        Assert.True(books.Reconciled);
        Assert.Empty(sink.Rejected);
        Assert.Equal([4], sink.Duplicates.Select(d => d.Line));
        Assert.Equal(17m, sink.Accepted.Where(e => e.Resource.Value == "ana").Sum(e => e.Hours.Hours));
    }

    [Fact]
    public void Bad_json_is_one_rejected_row_not_an_exception()
    {
        IntakeResult<Expense> result = IntakeSources.Expenses.ReadJson(
            new MemoryStream(Encoding.UTF8.GetBytes("[{\"id\": \"E1\",\n \"date\": ")),
            "broken.json"
        );
        Assert.Equal(IntakeErrorCodes.Unreadable, result.Rejected.Single().Errors[0].Code);
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void Ten_thousand_mutations_of_every_source_never_throw_and_always_reconcile()
    {
        var random = new Random(20261127);
        var options = new IntakeOptions
        {
            Currency = Currency.Usd,
            Project = new ProjectId("DEFAULT"),
            Account = new CostAccountId("9.9"),
        };
        int runs = 0;
        foreach (object[] fixture in Fixtures)
        {
            string name = (string)fixture[0],
                original = (string)fixture[1];
            IntakeSource source = IntakeSources.Find(name)!;
            for (int i = 0; i < 600; i++)
            {
                string text = Mutations.Of(original, random);
                IntakeResult result = Read(text, options, i % 2 == 0 ? source : null);
                Assert.True(result.Reconciliation.Reconciled, $"{name}, mutation {i}");
                runs++;
            }
        }
        Assert.True(runs >= 10_000);
    }

    private static string Describe(IEnumerable<Invoice> invoices) =>
        string.Join(
            "\n",
            invoices.Select(i =>
                $"{i.Vendor}|{i.Number}|{i.Issued}|{i.Total}|{i.Status}|{i.Due}|{i.PaidOn}|"
                + string.Join(
                    ";",
                    i.Lines.Select(l =>
                        $"{l.Number},{l.Description},{l.Quantity},{l.UnitPrice},{l.Tax},{l.Commitment},"
                        + $"{l.CommitmentLine}"
                    )
                )
            )
        );

    private static string Describe(IEnumerable<TaskReport> reports) =>
        string.Join(
            "\n",
            reports.Select(r =>
                $"{r.Activity}|{r.Project}|{r.Name}|{r.ReportedOn}|{r.ActualStart}|{r.ActualFinish}|"
                + $"{r.PercentComplete}|{r.RemainingDuration}|{r.ActualWork}|{r.Assignee}|{r.Parent}|"
                + $"{string.Join(",", r.Predecessors)}|{string.Join(",", r.Successors)}"
            )
        );

    private static void ValidationErrorAssert(RejectedRow row, string code, string inMessage)
    {
        Errors.ValidationError error = Assert.Single(row.Errors, e => e.Code == code);
        Assert.Contains(inMessage, error.Message, StringComparison.Ordinal);
    }
}

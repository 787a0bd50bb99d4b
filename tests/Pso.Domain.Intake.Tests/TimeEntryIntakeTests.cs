using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Intake.Tests;

public class TimeEntryIntakeTests
{
    private const string Fixture =
        "\uFEFFPerson,Project,Activity,Date,Hours,Overtime,Id,Note\n"
        + "ana,P1,A1,2026-11-02,7.5,no,T1,\"plain\"\n"
        + "ben,P1,A2,2026-11-02,8,,T2,\"with, comma and\nan embedded newline\"\n"
        + "ana,P1,A1,2026-11-02,7.5,no,T1,again\n"
        + // duplicate id
        "cy,P9,A1,2026-11-03,4,no,T4,\n"
        + // unknown project
        "ana,P1,A1,2026-13-01,4,no,T5,\n"
        + // bad date
        "ana,P1,A1,2026-11-04,four,no,T6,\n"
        + // bad number
        "ana,P1,A1,2026-11-04,-2,no,T7,\n"
        + // negative hours
        ",P1,A1,2026-11-04,2,no,T8,\n"
        + // missing person
        "ana,P1,A1,2026-12-01,2,no,T9,\n"
        + // after the status date
        "dan,P1,A3,2026-11-05,14,no,T10,\n"
        + // 14 + 12 > 24 on one day
        "dan,P1,A4,2026-11-05,12,yes,T11,\n"
        + "ana,P1,A0,2026-11-01,1.25,true,,\n"; // no id: keyed by its fields

    private static IntakeOptions Options =>
        new()
        {
            StatusDate = new LocalDate(2026, 11, 25),
            Projects = new HashSet<ProjectId> { new("P1"), new("P2") },
        };

    private static IntakeResult<TimeEntry> Read(string text, IntakeOptions options) =>
        TimeEntryIntake.ReadCsv(new StringReader(text), "hours.csv", options);

    [Fact]
    public void Rows_are_validated_deduplicated_sorted_and_reconciled()
    {
        IntakeResult<TimeEntry> result = Read(Fixture, Options);

        Assert.Equal(
            (12L, 3L, 8L, 1L),
            (
                result.Reconciliation.RowsRead,
                result.Reconciliation.RowsAccepted,
                result.Reconciliation.RowsRejected,
                result.Reconciliation.RowsDuplicate
            )
        );
        Assert.True(result.Reconciliation.Reconciled);
        TotalReconciliation hours = Assert.Single(result.Reconciliation.Totals);
        Assert.Equal(
            (7.5m + 8 + 7.5m + 4 + 4 - 2 + 2 + 2 + 14 + 12 + 1.25m, 16.75m, 7.5m),
            (hours.Read, hours.Accepted, hours.Duplicates)
        );
        Assert.Equal(["A0", "A1", "A2"], result.Accepted.Select(e => e.Activity!.Value.Value));
        Assert.True(result.Accepted[0].Overtime);
        // Rows are numbered by the line they start on: ben's note spans lines 3 and 4.
        Assert.Equal(5, result.Duplicates.Single().Line);
        Assert.Equal(
            [
                (6, IntakeErrorCodes.UnknownProject),
                (7, IntakeErrorCodes.BadDate),
                (8, IntakeErrorCodes.BadNumber),
                (9, IntakeErrorCodes.NonPositiveHours),
                (10, IntakeErrorCodes.MissingField),
                (11, IntakeErrorCodes.AfterStatusDate),
                (12, IntakeErrorCodes.OverTwentyFourHours),
                (13, IntakeErrorCodes.OverTwentyFourHours),
            ],
            result.Rejected.Select(r => (r.Row.Line, r.Errors.Single().Code))
        );
        RejectedRow bad = result.Rejected.Single(r => r.Row.Line == 8);
        Assert.Equal("ana,P1,A1,2026-11-04,four,no,T6,", bad.Row.Text);
        Assert.Equal(
            ("hours.csv", 8, 5, "hours"),
            (
                bad.Errors[0].Location.File,
                bad.Errors[0].Location.Line,
                bad.Errors[0].Location.Column,
                bad.Errors[0].Location.Field
            )
        );
        Assert.Contains("'four'", bad.Errors[0].Message);
    }

    [Fact]
    public void Reingesting_the_same_file_adds_only_duplicates()
    {
        IntakeResult<TimeEntry> first = Read(Fixture, Options);
        IntakeResult<TimeEntry> again = Read(Fixture, Options with { SeenKeys = first.Keys.ToHashSet() });
        Assert.Empty(again.Accepted);
        Assert.Equal(first.Accepted.Length + first.Duplicates.Length, again.Duplicates.Length);
        Assert.True(again.Reconciliation.Reconciled);
    }

    [Fact]
    public void A_missing_column_rejects_every_row_and_says_which_column()
    {
        IntakeResult<TimeEntry> result = Read(
            "person,project,date\nana,P1,2026-11-02\nben,P1,2026-11-02\n",
            IntakeOptions.Default
        );
        Assert.Equal(2, result.Rejected.Length);
        Assert.All(result.Rejected, r => Assert.Equal(IntakeErrorCodes.MissingColumn, r.Errors.Single().Code));
        Assert.Contains("'hours'", result.Rejected[0].Errors[0].Message);
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void Numbers_follow_the_configured_culture()
    {
        var german = IntakeOptions.Default with
        {
            Culture = System.Globalization.CultureInfo.GetCultureInfo("de-DE"),
            Separator = ';',
        };
        IntakeResult<TimeEntry> result = Read("person;project;date;hours\nana;P1;2026-11-02;7,5\n", german);
        Assert.Equal(7.5m, result.Accepted.Single().Hours.Hours);
        // Read with the invariant culture, "7,5" is not taken for 75: it is an error that names the setting to give.
        IntakeResult<TimeEntry> wrong = Read(
            "person;project;date;hours\nana;P1;2026-11-02;7,5\n",
            IntakeOptions.Default with
            {
                Separator = ';',
            }
        );
        Assert.Contains("IntakeOptions.Culture", wrong.Rejected.Single().Errors.Single().Message);
    }

    [Fact]
    public void Ten_thousand_mutations_of_the_fixture_never_throw_and_always_reconcile()
    {
        var random = new Random(20261126);
        for (int i = 0; i < 10_000; i++)
        {
            string text = Mutations.Of(Fixture, random);
            IntakeResult<TimeEntry> result = Read(text, Options);
            Assert.True(result.Reconciliation.Reconciled, $"mutation {i}");
        }
    }
}

public class IntakeCsvTests
{
    [Pso.Domain.Testing.SeededProperty]
    public void Reading_what_was_written_gives_the_same_entries(int[] seeds)
    {
        var entries = seeds
            .Take(30)
            .Select(
                (s, i) =>
                    new TimeEntry(
                        new ResourceId($"R{Math.Abs(s % 7)}"),
                        new ProjectId($"P{Math.Abs(s % 3)}"),
                        new LocalDate(2026, 1, 1).PlusDays(i),
                        Work.FromHours((Math.Abs(s % 32) + 1) / 4m)
                    )
                    {
                        Id = $"T{i}",
                        Activity = s % 2 == 0 ? new ActivityId($"A{Math.Abs(s % 5)}") : null,
                        Role = s % 3 == 0 ? new RoleId("dev, senior") : null,
                        Overtime = s % 5 == 0,
                        Account = s % 4 == 0 ? new CostAccountId("1.2 \"build\"") : null,
                    }
            )
            .ToList();
        if (entries.Count == 0)
        {
            return;
        }
        var text = new StringWriter();
        IntakeCsv.Write(text, entries);
        IntakeResult<TimeEntry> back = TimeEntryIntake.ReadCsv(new StringReader(text.ToString()), "round-trip.csv");
        Assert.Empty(back.Rejected);
        Assert.Equal(
            entries.OrderBy(e => e.Id, StringComparer.Ordinal),
            back.Accepted.OrderBy(e => e.Id, StringComparer.Ordinal)
        );
    }

    [Fact]
    public void Cells_that_could_run_as_formulas_are_neutralised()
    {
        var text = new StringWriter();
        IntakeCsv.WriteRejected(text, [new RejectedRow(new SourceRow("x.csv", 3, "=HYPERLINK(\"http://evil\")"), [])]);
        Assert.Contains("'=HYPERLINK", text.ToString());
        Assert.Equal(
            ["'=1", "'+1", "'-1", "'@x", "'\tx", "plain", ""],
            new[] { "=1", "+1", "-1", "@x", "\tx", "plain", "" }.Select(IntakeCsv.Neutralise)
        );
        var entries = new StringWriter();
        IntakeCsv.Write(
            entries,
            [
                new TimeEntry(new("ana"), new("P1"), new LocalDate(2026, 1, 5), Work.FromHours(2))
                {
                    Account = new CostAccountId("=SUM(A1)"),
                },
            ]
        );
        Assert.Contains("'=SUM(A1)", entries.ToString());
    }
}

using System.IO;
using System.Linq;
using System.Text;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;

namespace Pso.Domain.Intake.Tests;

/// <summary>Hours read from trackers are work, summed exactly: whole seconds never drift.</summary>
public class ExactHoursTests
{
    private const string TogglHeader = "User,Email,Project,Task,Start date,Start time,End date,End time,Duration\n";

    private static IntakeResult<TimeEntry> Read(IntakeSource<TimeEntry> source, string text) =>
        source.ReadCsv(new StringReader(text), "hours.csv");

    [Fact]
    public void Toggl_durations_of_whole_seconds_add_up_to_exact_hours_in_the_entries_and_the_books()
    {
        // Three entries of 3:35:00 are 10:45:00, exactly 10.75 hours; 20 minutes three times is one hour.
        var text = new StringBuilder(TogglHeader);
        for (int i = 0; i < 3; i++)
        {
            text.Append(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Mira,mira@example.org,Website,,2026-03-0{2 + i},08:00:00,2026-03-0{2 + i},11:35:00,03:35:00\n"
            );
            text.Append(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Omar,omar@example.org,Website,,2026-03-0{2 + i},08:00:00,2026-03-0{2 + i},08:20:00,00:20:00\n"
            );
        }
        IntakeResult<TimeEntry> result = Read(IntakeSources.Toggl, text.ToString());

        Assert.Equal(6, result.Reconciliation.RowsAccepted);
        Work mira = result
            .Accepted.Where(e => e.Resource.Value == "mira@example.org")
            .Aggregate(Work.Zero, (s, e) => s + e.Hours);
        Work omar = result
            .Accepted.Where(e => e.Resource.Value == "omar@example.org")
            .Aggregate(Work.Zero, (s, e) => s + e.Hours);
        Assert.Equal(10.75m, mira.Hours);
        Assert.Equal(Work.FromHours(1m), omar);
        TotalReconciliation hours = Assert.Single(result.Reconciliation.Totals);
        Assert.Equal((11.75m, 11.75m), (hours.Read, hours.Accepted));
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void A_second_of_work_a_row_for_an_hour_sums_to_one_hour()
    {
        var text = new StringBuilder("Issue key,Project key,Comment,Started,Author,Seconds\n");
        for (int i = 0; i < 3600; i++)
        {
            NodaTime.LocalDate day = new NodaTime.LocalDate(2026, 1, 1).PlusDays(i / 60);
            text.Append(
                System.FormattableString.Invariant(
                    $"P-1,P,,{day.Day:00}/{day.ToString("MMM", System.Globalization.CultureInfo.InvariantCulture)}/26"
                ) + System.FormattableString.Invariant($" 10:{i % 60:00} AM,ana,1\n")
            );
        }
        IntakeResult<TimeEntry> result = Read(IntakeSources.JiraWorkLogs, text.ToString());

        TotalReconciliation hours = Assert.Single(result.Reconciliation.Totals);
        Assert.Equal(1m, hours.Read);
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void Hours_beyond_any_work_are_a_rejected_row_not_an_overflow()
    {
        const string text =
            "person,project,date,hours\n"
            + "ana,P1,2026-03-02,79000000000000000000000000000\n"
            + "ana,P1,2026-03-02,79000000000000000000000000000\n"
            + "ana,P1,2026-03-02,7.5\n";
        IntakeResult<TimeEntry> result = Read(IntakeSources.TimeEntries, text);

        Assert.Equal(
            (3L, 1L, 2L),
            (result.Reconciliation.RowsRead, result.Reconciliation.RowsAccepted, result.Reconciliation.RowsRejected)
        );
        Assert.All(result.Rejected, r => Assert.Equal(IntakeErrorCodes.OutOfRange, r.Errors.Single().Code));
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void A_day_over_24_hours_names_its_total_as_people_read_it()
    {
        // Three entries of 8:20 and one of 0:30, on four projects: exactly 25.5 hours.
        string text =
            TogglHeader
            + string.Concat(
                Enumerable.Range(1, 3).Select(p => $"Ana,ana@example.org,P{p},,2026-03-02,,2026-03-02,,08:20:00\n")
            )
            + "Ana,ana@example.org,P4,,2026-03-02,,2026-03-02,,00:30:00\n";
        IntakeResult<TimeEntry> result = Read(IntakeSources.Toggl, text);

        Assert.Equal(4, result.Reconciliation.RowsRejected);
        Assert.Contains("has 25.5 hours on 2026-03-02", result.Rejected[0].Errors.Single().Message);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.Tests;

/// <summary>Broken files give a result, never an exception, and lose no row.</summary>
public class BrokenInputTests
{
    private const string Header = "id,person,project,date,hours,note\n";

    private static IntakeResult<TimeEntry> Csv(string text, IntakeOptions? options = null) =>
        IntakeSources.TimeEntries.ReadCsv(new StringReader(text), "broken.csv", options);

    private static IntakeResult<TimeEntry> Json(string text) =>
        IntakeSources.TimeEntries.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(text)), "broken.json");

    private static (long Read, long Accepted, long Rejected) Books(IntakeResult result) =>
        (result.Reconciliation.RowsRead, result.Reconciliation.RowsAccepted, result.Reconciliation.RowsRejected);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_field_of_17_MiB_is_a_rejected_row_and_the_rows_after_it_are_read(bool quoted)
    {
        string huge = new('x', 17 << 20);
        string field = quoted ? $"\"{huge}\"" : huge;
        IntakeResult<TimeEntry> result = Csv(
            Header + "T1,ana,P1,2026-03-02,8,ok\n" + $"T2,ana,P1,2026-03-03,8,{field}\n" + "T3,ana,P1,2026-03-04,8,ok\n"
        );

        Assert.Equal((3L, 2L, 1L), Books(result));
        RejectedRow cut = Assert.Single(result.Rejected);
        Assert.Equal((3, IntakeErrorCodes.RowTooLong), (cut.Row.Line, cut.Errors[0].Code));
        Assert.True(cut.Row.Text.Length <= (1 << 20) + 2);
        Assert.True(result.Reconciliation.Reconciled);
    }

    [Fact]
    public void An_unterminated_quote_at_the_end_of_the_file_keeps_the_rows_after_it()
    {
        IntakeResult<TimeEntry> result = Csv(
            Header
                + "T1,ana,P1,2026-03-02,8,\"stray quote\n"
                + "T2,ana,P1,2026-03-03,8,ok\n"
                + "T3,ana,P1,2026-03-04,8,ok\n"
        );

        Assert.Equal((3L, 2L, 1L), Books(result));
        RejectedRow stray = Assert.Single(result.Rejected);
        Assert.Equal((2, IntakeErrorCodes.UnterminatedQuote), (stray.Row.Line, stray.Errors[0].Code));
        Assert.Contains(
            "the quote opened on line 2 is not closed by the end of the file",
            stray.Errors[0].Message,
            StringComparison.Ordinal
        );
        Assert.Equal(["T2", "T3"], result.Accepted.Select(e => e.Id!));
    }

    [Fact]
    public void A_quote_open_for_more_lines_than_allowed_is_closed_at_its_line_and_the_rest_read_again()
    {
        var text = new StringBuilder(Header).Append("T0,ana,P1,2026-03-01,1,\"stray\n");
        for (int i = 1; i <= 20; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"T{i},ana,P1,2026-03-{i:00},1,note {i}\n");
        }
        // A second stray quote far below would pair with the first: the limit stops the first at line 2.
        text.Append("T21,ana,P1,2026-03-21,1,\"another\n").Append("T22,ana,P1,2026-03-22,1,ok\n");
        IntakeResult<TimeEntry> result = Csv(text.ToString(), new IntakeOptions { MaxFieldLines = 5 });

        Assert.Equal((23L, 21L, 2L), Books(result));
        Assert.Equal([2, 23], result.Rejected.Select(r => r.Row.Line));
        Assert.All(result.Rejected, r => Assert.Equal(IntakeErrorCodes.UnterminatedQuote, r.Errors[0].Code));
        Assert.Contains("within 5 lines", result.Rejected[0].Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legitimate_note_over_several_lines_is_one_field()
    {
        IntakeResult<TimeEntry> result = Csv(
            Header + "T1,ana,P1,2026-03-02,8,\"line one\nline two\r\nline three\"\nT2,ana,P1,2026-03-03,8,ok\n"
        );

        Assert.Equal((2L, 2L, 0L), Books(result));
        Assert.Equal(5, result.Reconciliation.RowsRead + 3);
    }

    [Fact]
    public void A_doubled_byte_order_mark_is_not_read_into_the_first_header()
    {
        IntakeResult<TimeEntry> result = Csv("\uFEFF\uFEFF" + Header + "T1,ana,P1,2026-03-02,8,ok\n");

        Assert.Equal((1L, 1L, 0L), Books(result));
    }

    [Fact]
    public void A_json_string_with_a_lone_surrogate_is_a_rejected_row()
    {
        IntakeResult<TimeEntry> result = Json(
            """
            [{"id": "T1", "person": "ana", "project": "P1", "date": "2026-03-02", "hours": 8},
             {"id": "T2", "person": "an\uD800a", "project": "P1", "date": "2026-03-03", "hours": 8},
             {"id": "T3", "person": "ana", "project": "P1", "date": "2026-03-04", "hours": 8}]
            """
        );

        Assert.Equal((3L, 2L, 1L), Books(result));
        RejectedRow bad = Assert.Single(result.Rejected);
        Assert.Equal((2, IntakeErrorCodes.BadText), (bad.Row.Line, bad.Errors[0].Code));
    }

    [Fact]
    public void A_truncated_json_array_keeps_its_complete_objects_and_rejects_the_tail_at_its_line()
    {
        IntakeResult<TimeEntry> result = Json(
            """
            [{"id": "T1", "person": "ana", "project": "P1", "date": "2026-03-02", "hours": 8},
             {"id": "T2", "person": "ana", "project": "P1", "date": "2026-03-03", "hours": 8},
             {"id": "T3", "person": "ana", "proj
            """
        );

        Assert.Equal((3L, 2L, 1L), Books(result));
        RejectedRow tail = Assert.Single(result.Rejected);
        Assert.Equal((3, IntakeErrorCodes.Unreadable), (tail.Row.Line, tail.Errors[0].Code));
        Assert.StartsWith("{\"id\": \"T3\"", tail.Row.Text, StringComparison.Ordinal);
        Assert.True(result.Reconciliation.Reconciled);
    }
}

public class CsvGuardTests
{
    private static (string Text, (string Code, string Reason)? Flaw) Guard(
        string text,
        int line,
        int maxLines = 1000,
        int maxLength = 1 << 20
    )
    {
        using var guard = new CsvGuard(new StringReader(text), "f.csv", maxLines, maxLength);
        string output = guard.ReadToEnd();
        return (output, guard.TakeFlaw(line));
    }

    [Fact]
    public void A_stray_quote_is_closed_at_the_end_of_its_line_and_nothing_else_changes()
    {
        (string text, var flaw) = Guard("h\na,\"b\nc\nd\n", 2);
        Assert.Equal("h\na,\"b\"\nc\nd\n", text);
        Assert.Equal(IntakeErrorCodes.UnterminatedQuote, flaw?.Code);
    }

    [Fact]
    public void Closed_quotes_over_lines_pass_unchanged()
    {
        const string csv = "h\na,\"b\nc\",\"\"\"x\"\"\"\r\nd\n";
        (string text, var flaw) = Guard(csv, 2);
        Assert.Equal(csv, text);
        Assert.Null(flaw);
    }

    [Fact]
    public void A_long_row_is_cut_and_its_line_dropped()
    {
        (string text, var flaw) = Guard("h\n0123456789abcdef\nnext\n", 2, maxLength: 16);
        Assert.Equal("h\n0123456789abcdef\nnext\n", text);
        (text, flaw) = Guard("h\n0123456789abcdefXYZ\nnext\n", 2, maxLength: 16);
        Assert.Equal("h\n0123456789abcdef\nnext\n", text);
        Assert.Equal(IntakeErrorCodes.RowTooLong, flaw?.Code);
    }
}

public class BrokenInputReviewTests
{
    private const string TogglHeader = "User,Email,Project,Task,Start date,Start time,End date,End time,Duration\n";

    [Theory]
    [InlineData("300000000:00:00")]
    [InlineData("256204779:00:00")]
    [InlineData("99999999999:00:00")]
    public void A_clock_duration_beyond_any_work_is_a_rejected_row_not_an_exception(string duration)
    {
        IntakeResult<TimeEntry> result = IntakeSources.Toggl.ReadCsv(
            new StringReader(
                TogglHeader
                    + $"Ana,ana@example.org,Web,,2026-03-02,,2026-03-02,,{duration}\n"
                    + "Ana,ana@example.org,Web,,2026-03-03,,2026-03-03,,01:30:00\n"
            ),
            "toggl.csv"
        );

        Assert.Equal(
            (2L, 1L, 1L),
            (result.Reconciliation.RowsRead, result.Reconciliation.RowsAccepted, result.Reconciliation.RowsRejected)
        );
        Assert.Equal(IntakeErrorCodes.OutOfRange, result.Rejected.Single().Errors.Single().Code);
    }

    [Fact]
    public void Hours_totals_add_up_on_the_decimals_a_host_sees()
    {
        var options = new IntakeOptions { StatusDate = new NodaTime.LocalDate(2026, 3, 2) };
        IntakeResult<TimeEntry> result = IntakeSources.Toggl.ReadCsv(
            new StringReader(
                TogglHeader
                    + "Ana,ana@example.org,Web,,2026-03-02,,2026-03-02,,00:00:01\n"
                    + "Ana,ana@example.org,Web,,2026-03-03,,2026-03-03,,00:00:02\n"
            ),
            "toggl.csv",
            options
        );

        TotalReconciliation hours = Assert.Single(result.Reconciliation.Totals);
        Assert.Equal(hours.Read, hours.Accepted + hours.Rejected + hours.Duplicates);
        Assert.Equal(Work.FromDuration(NodaTime.Duration.FromSeconds(3)), Work.FromHours(hours.Read));
    }

    [Fact]
    public void A_row_broken_as_text_is_rejected_for_that_alone()
    {
        IntakeResult<TimeEntry> result = IntakeSources.Toggl.ReadCsv(
            new StringReader(
                TogglHeader
                    + "Ana,ana@example.org,Web,\"stray,2026-03-02,,2026-03-02,,01:00:00\n"
                    + "Ana,ana@example.org,Web,,2026-03-03,,2026-03-03,,01:30:00\n"
            ),
            "toggl.csv"
        );

        Assert.Equal(IntakeErrorCodes.UnterminatedQuote, result.Rejected.Single().Errors.Single().Code);
        Assert.Equal(1, result.Reconciliation.RowsAccepted);
    }

    [Fact]
    public void A_json_array_of_values_that_are_not_objects_is_rejected_not_set_aside()
    {
        IntakeResult<TimeEntry> result = IntakeSources.TimeEntries.ReadJson(
            new MemoryStream(Encoding.UTF8.GetBytes("[1,2]")),
            "numbers.json"
        );

        RejectedRow row = Assert.Single(result.Rejected);
        Assert.Equal(IntakeErrorCodes.Unreadable, row.Errors.Single().Code);
        Assert.DoesNotContain("LineNumber:", row.Errors.Single().Message, StringComparison.Ordinal);
        Assert.True(result.Reconciliation.Reconciled);
        Assert.Equal(1, result.Reconciliation.RowsRejected);
    }

    [Fact]
    public void A_byte_order_mark_inside_an_id_is_a_bad_id_not_another_person()
    {
        IntakeResult<TimeEntry> result = IntakeSources.TimeEntries.ReadCsv(
            new StringReader("person,project,date,hours\n\uFEFFann,P,2026-01-05,1\nann,P,2026-01-06,1\n"),
            "bom.csv"
        );

        Assert.Equal(IntakeErrorCodes.BadId, result.Rejected.Single().Errors.Single().Code);
        Assert.Equal("ann", result.Accepted.Single().Resource.Value);
    }
}

using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TimeEntries;

/// <summary>Clockify's detailed report.</summary>
internal sealed class ClockifySource()
    : TimeEntrySource(
        "clockify",
        "Clockify detailed time report (Project, User, Email, Task or Activity, Start/End Date and Time, Duration "
            + "(h), Duration (decimal)); US dates unless IntakeOptions.DateOrder says otherwise."
    )
{
    private protected override CultureInfo? Culture => null;

    private protected override DateOrder Dates => DateOrder.MonthDayYear;

    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Project", "User", "Start Date", "Start Time", "End Date", "End Time")
        && header.Find("Duration") < 0;

    internal override string HoursField(IntakeRun run) =>
        run.Header.Find("Duration (h)") >= 0 ? "Duration (h)" : "Duration (decimal)";

    internal override string StartField(IntakeRun run) => "Start Time";

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "User", "Project", "Start Date");
        int email = header.Find("Email");
        int user = header.Find("User");
        int clock = header.Find("Duration (h)");
        int hoursColumn = header.Find("Duration (decimal)");
        var c = new Columns(
            email >= 0 ? email : user,
            header.Find("Project"),
            header.Find("Start Date"),
            clock >= 0 ? clock : hoursColumn
        )
        {
            Activity = header.Find("Task", "Activity"),
            Start = header.Find("Start Time"),
            End = header.Find("End Time"),
            EndDate = header.Find("End Date"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = PersonOf(row, email, user);
            LocalDate? date = row.Date(c.Date, true, Dates, "Start Date");
            ReadSpan(row, c, date, Dates);
            Work? hours = null;
            if (!row.Cell(clock).IsEmpty)
            {
                hours = TogglSource.Clock(row, clock);
            }
            else if (!row.Cell(hoursColumn).IsEmpty)
            {
                hours = WorkOf(row, hoursColumn, row.Number(hoursColumn, true, null));
            }
            else if (row.Span is { } span)
            {
                hours = IntakeValues.Seconds(Seconds(span));
            }
            else
            {
                row.Fail(
                    IntakeErrorCodes.MissingField,
                    c.Hours,
                    "the row gives no duration and no start and end times.",
                    "Duration (h)"
                );
            }
            return Make(row, c, person, date, hours, out draft, out key);
        };
    }
}

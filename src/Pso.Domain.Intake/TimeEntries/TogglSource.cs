using System;
using System.Collections.Generic;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TimeEntries;

/// <summary>Toggl Track's detailed report.</summary>
internal sealed class TogglSource()
    : TimeEntrySource(
        "toggl",
        "Toggl Track detailed time-entry report (User, Email, Project, Task, Start date/time, End date/time, Duration)."
    )
{
    internal override bool Recognises(IntakeHeader header) =>
        header.Has("User", "Project", "Start date", "Start time", "Duration");

    internal override string HoursField(IntakeRun run) => "Duration";

    internal override string StartField(IntakeRun run) => "Start time";

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "User", "Project", "Start date", "Duration");
        int email = header.Find("Email");
        int user = header.Find("User");
        var c = new Columns(
            email >= 0 ? email : user,
            header.Find("Project"),
            header.Find("Start date"),
            header.Find("Duration")
        )
        {
            Activity = header.Find("Task"),
            Start = header.Find("Start time"),
            End = header.Find("End time"),
            EndDate = header.Find("End date"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = PersonOf(row, email, user);
            LocalDate? date = row.Date(c.Date, true, DateOrder.Unspecified, "Start date");
            Work? hours = Clock(row, c.Hours);
            ReadSpan(row, c, date, DateOrder.Unspecified);
            return Make(row, c, person, date, hours, out draft, out key);
        };
    }

    internal static Work? Clock(IntakeRow row, int column)
    {
        ReadOnlySpan<char> cell = row.Cell(column);
        if (cell.IsEmpty)
        {
            row.Fail(IntakeErrorCodes.MissingField, column, "it is empty.");
            return null;
        }
        if (IntakeValues.TryClockHours(cell, out Work hours, out bool outOfRange))
        {
            return hours;
        }
        if (outOfRange)
        {
            row.Fail(
                IntakeErrorCodes.OutOfRange,
                column,
                $"'{ErrorText.Quote(cell)}' is more hours than any time entry has."
            );
            return null;
        }
        row.Fail(
            IntakeErrorCodes.BadNumber,
            column,
            $"'{ErrorText.Quote(cell)}' is not a duration in the form HH:MM:SS."
        );
        return null;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TimeEntries;

/// <summary>Kimai's timesheet export.</summary>
internal sealed class KimaiSource()
    : TimeEntrySource(
        "kimai",
        "Kimai timesheet export (Date, From, To, Duration in seconds, User, Email, Project, Activity), semicolon "
            + "separated."
    )
{
    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Date", "From", "To", "Duration", "User", "Project", "Activity");

    internal override string HoursField(IntakeRun run) => "Duration";

    internal override string StartField(IntakeRun run) => "From";

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        int email = header.Find("Email");
        int user = header.Find("User");
        var c = new Columns(
            email >= 0 ? email : user,
            header.Find("Project"),
            header.Find("Date"),
            header.Find("Duration")
        )
        {
            Activity = header.Find("Activity"),
            Start = header.Find("From"),
            End = header.Find("To"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = PersonOf(row, email, user);
            LocalDate? date = row.Date(c.Date, true, DateOrder.Unspecified, "Date");
            decimal? seconds = row.Number(c.Hours, true, CultureInfo.InvariantCulture, "Duration");
            ReadSpan(row, c, date, DateOrder.Unspecified);
            if (seconds is decimal big && Math.Abs(big) >= 1e12m)
            {
                row.Fail(IntakeErrorCodes.OutOfRange, c.Hours, $"{big} seconds is beyond any time entry.");
                seconds = null;
            }
            return Make(
                row,
                c,
                person,
                date,
                seconds is decimal s ? IntakeValues.Seconds(s) : null,
                out draft,
                out key
            );
        };
    }
}

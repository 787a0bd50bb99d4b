using System.Collections.Generic;
using NodaTime;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TimeEntries;

/// <summary>Our own time-entry schema (<c>docs/intake.md</c>).</summary>
internal sealed class PsoTimeEntrySource()
    : TimeEntrySource(
        "pso-time-entries",
        "Time entries in Pso.Domain's own schema: person, project, date, hours; id, activity, role, overtime, "
            + "account, start, end optional."
    )
{
    internal override bool Recognises(IntakeHeader header) => header.Has("person", "project", "date", "hours");

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "person", "project", "date", "hours");
        var c = new Columns(header.Find("person"), header.Find("project"), header.Find("date"), header.Find("hours"))
        {
            Id = header.Find("id"),
            Activity = header.Find("activity"),
            Role = header.Find("role"),
            Overtime = header.Find("overtime"),
            Account = header.Find("account"),
            Start = header.Find("start"),
            End = header.Find("end"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = row.Value(c.Person);
            LocalDate? date = row.Date(c.Date, true, DateOrder.Unspecified, "date");
            Work? hours = WorkOf(row, c.Hours, row.Number(c.Hours, true, SourceCulture, "hours"));
            ReadSpan(row, c, date, DateOrder.Unspecified);
            return Make(row, c, person, date, hours, out draft, out key);
        };
    }
}

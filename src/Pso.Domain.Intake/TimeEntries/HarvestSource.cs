using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TimeEntries;

/// <summary>Harvest's detailed time report.</summary>
internal sealed class HarvestSource()
    : TimeEntrySource(
        "harvest",
        "Harvest detailed time report (Date, Project, Task, Hours, First Name, Last Name, Roles); numbers in the "
            + "account's locale, detected."
    )
{
    private protected override CultureInfo? Culture => null;

    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Date", "Project", "Hours", "First Name", "Last Name");

    internal override string HoursField(IntakeRun run) => "Hours";

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        int first = header.Find("First Name");
        int last = header.Find("Last Name");
        var c = new Columns(first, header.Find("Project"), header.Find("Date"), header.Find("Hours"))
        {
            Activity = header.Find("Task"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = $"{row.Value(first)} {row.Value(last)}".Trim();
            LocalDate? date = row.Date(c.Date, true, DateOrder.Unspecified, "Date");
            Work? hours = WorkOf(row, c.Hours, row.Number(c.Hours, true, null, "Hours"));
            return Make(row, c, person, date, hours, out draft, out key);
        };
    }
}

using NodaTime;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TimeEntries;

/// <summary>A time entry as read from the current row, before it is made: what the rules and the spill file need,
/// without an object for the entry or a string for its id (which stays in its cell).</summary>
internal struct TimeEntryDraft
{
    internal ResourceId Resource;
    internal ProjectId Project;
    internal LocalDate Date;
    internal Work Hours;
    internal ActivityId? Activity;
    internal RoleId? Role;
    internal CostAccountId? Account;
    internal bool Overtime;
    internal int IdColumn;

    // The symbols of the ids in the row's table of values (Interner.Empty where there is no id, Interner.Full where
    // the table had no room), so that the rules and the spill number them without looking them up again.
    internal int PersonSymbol;
    internal int ProjectSymbol;
    internal int ActivitySymbol;
    internal int RoleSymbol;
    internal int AccountSymbol;

    /// <summary>Makes the entry, its id taken from the row it was read from (still the current one).</summary>
    internal readonly TimeEntry Make(IntakeRow row) =>
        new(Resource, Project, Date, Hours)
        {
            Id = row.Cell(IdColumn) is { IsEmpty: false } id ? id.ToString() : null,
            Activity = Activity,
            Role = Role,
            Overtime = Overtime,
            Account = Account,
        };
}

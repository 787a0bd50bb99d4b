using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Intake.TaskReports;

namespace Pso.Domain.Intake;

/// <summary>The kinds of record intake reads.</summary>
public enum IntakeKind
{
    /// <summary>Time entries (<see cref="TimeEntry"/>).</summary>
    TimeEntries,

    /// <summary>Expenses (<see cref="Expense"/>).</summary>
    Expenses,

    /// <summary>Supplier invoices with their lines (<see cref="Invoice"/>).</summary>
    Invoices,

    /// <summary>Commitments: purchase orders with their lines (<see cref="Commitment"/>).</summary>
    Commitments,

    /// <summary>Task-completion reports (<see cref="TaskReport"/>).</summary>
    TaskReports,
}

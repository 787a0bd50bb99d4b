using Pso.Domain.Intake.TimeEntries;

namespace Pso.Domain.Intake.Pipeline;

/// <summary>Reads a row of time entries into a draft.</summary>
/// <param name="row">The row.</param>
/// <param name="draft">The entry as read, when the row makes one.</param>
/// <param name="key">The row's stable key (or <see cref="IntakeRow.OwnIdentity"/>).</param>
/// <returns>Whether the row makes an entry (its errors say why not).</returns>
internal delegate bool ReadDraft(IntakeRow row, out TimeEntryDraft draft, out string key);

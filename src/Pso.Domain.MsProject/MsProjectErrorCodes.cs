namespace Pso.Domain.MsProject;

/// <summary>The stable codes of what reading Microsoft Project XML can report. A model error in the file (a duplicate
/// task UID, a link to a missing task) carries Scheduling's codes (<c>schedule.*</c>).</summary>
public static class MsProjectErrorCodes
{
    /// <summary>The file cannot be read: malformed XML, a forbidden DTD, a value of the wrong type, a file beyond the
    /// size or depth limit (<see cref="MspdiFormatException"/>).</summary>
    public const string Format = "mspdi.format";

    /// <summary>A warning: a field of the file is not taken over into the model (a baseline without work, a link of an
    /// unknown type), and says why.</summary>
    public const string NotTakenOver = "mspdi.not-taken-over";
}

namespace Pso.Domain.Intake;

/// <summary>A row as it was read: the file, the line it starts on, and its text verbatim.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Line">The line the row starts on, from 1.</param>
/// <param name="Text">The row's text, as it was.</param>
public sealed record SourceRow(string File, int Line, string Text);

using System;
using Pso.Domain.Errors;

namespace Pso.Domain.MsProject;

/// <summary>Raised when a Microsoft Project XML file cannot be read: malformed XML, a forbidden DTD, a value of the
/// wrong type, or a file beyond the size limit. Says where: file, line, position and element.</summary>
public sealed class MspdiFormatException : PsoDomainException
{
    /// <summary>The stable code of this error.</summary>
    public const string ErrorCode = MsProjectErrorCodes.Format;

    /// <summary>Initialises the error.</summary>
    /// <param name="file">The file name, if known.</param>
    /// <param name="line">The 1-based line, if known.</param>
    /// <param name="position">The 1-based position in the line, if known.</param>
    /// <param name="element">The element being read, if known.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public MspdiFormatException(
        string? file,
        int? line,
        int? position,
        string? element,
        string reason,
        Exception? innerException = null
    )
        : base(
            ErrorCode,
            $"{file ?? "MSPDI"}{(line is int l ? $":{l}" : "")}{(position is int p ? $":{p}" : "")}"
                + $"{(element is null ? "" : $" <{element}>")}: {reason}",
            innerException
        )
    {
        File = file;
        Line = line;
        Position = position;
        Element = element;
        Reason = reason;
    }

    /// <summary>Gets the file name, if known.</summary>
    public string? File { get; }

    /// <summary>Gets the 1-based line, if known.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based position in the line, if known.</summary>
    public int? Position { get; }

    /// <summary>Gets the element being read, if known.</summary>
    public string? Element { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Reason { get; }
}

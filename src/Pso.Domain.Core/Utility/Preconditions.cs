using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Pso.Domain.Utility;

/// <summary>Argument checks shared by every type, so that messages and exception types stay consistent.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(
        [NotNull] T? argument,
        [CallerArgumentExpression(nameof(argument))] string? paramName = null
    )
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return argument;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="expression"/> is false, with a message
    /// that is formatted only then: a check that passes costs no string.</summary>
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool expression,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(expression))] ref FailureMessage message
    )
    {
        if (!expression)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with the value when <paramref name="expression"/> is
    /// false.</summary>
    internal static void CheckArgumentInRange<T>(
        [DoesNotReturnIf(false)] bool expression,
        string paramName,
        T actualValue,
        string message
    )
    {
        if (!expression)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with the value when <paramref name="expression"/> is
    /// false, with a message that is formatted only then.</summary>
    internal static void CheckArgumentInRange<T>(
        [DoesNotReturnIf(false)] bool expression,
        string paramName,
        T actualValue,
        [InterpolatedStringHandlerArgument(nameof(expression))] ref FailureMessage message
    )
    {
        if (!expression)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message.ToStringAndClear());
        }
    }

    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"Value should be in range [{minInclusive}-{maxInclusive}]"
            );
        }
    }

    internal static void CheckArgumentRange(string paramName, decimal value, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"Value should be in range [{minInclusive}-{maxInclusive}]"
            );
        }
    }
}

/// <summary>The message of a failed check, formatted only when the check fails (as <c>Debug.Assert</c>'s handler
/// does): the compiler calls the appends only when the constructor says so.</summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>Starts a message for a check whose outcome is <paramref name="passed"/>.</summary>
    public FailureMessage(int literalLength, int formattedCount, bool passed, out bool shouldAppend)
    {
        shouldAppend = !passed;
        _text = passed ? default : new DefaultInterpolatedStringHandler(literalLength, formattedCount);
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    /// <summary>Appends a value in a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    /// <summary>Returns the message.</summary>
    internal string ToStringAndClear() => _text.ToStringAndClear();
}

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

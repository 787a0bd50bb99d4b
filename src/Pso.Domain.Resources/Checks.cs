using Pso.Domain.Errors;

namespace Pso.Domain.Resources;

/// <summary>Shared helpers for the checks.</summary>
internal static class Checks
{
    internal static ValidationError Error(string code, string message, string recordId, string field) =>
        new(code, message, new ErrorLocation { RecordId = recordId, Field = field });
}

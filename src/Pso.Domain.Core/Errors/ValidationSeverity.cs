using System.Text.Json.Serialization;

namespace Pso.Domain.Errors;

/// <summary>How serious a <see cref="ValidationError"/> is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ValidationSeverity>))]
public enum ValidationSeverity
{
    /// <summary>The value is rejected.</summary>
    Error = 0,

    /// <summary>The value is accepted, but somebody should look at it.</summary>
    Warning = 1,
}

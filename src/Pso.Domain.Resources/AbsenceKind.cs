namespace Pso.Domain.Resources;

/// <summary>Why a resource is absent.</summary>
public enum AbsenceKind
{
    /// <summary>Holiday or leave.</summary>
    Holiday = 0,

    /// <summary>Sick leave.</summary>
    SickLeave = 1,

    /// <summary>Training, secondment or anything else.</summary>
    Other = 2,
}

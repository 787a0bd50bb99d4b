using System.Text.Json.Serialization;

namespace Pso.Domain.Scheduling;

/// <summary>A date constraint on an activity, in Microsoft Project's terms.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConstraintType>))]
public enum ConstraintType
{
    /// <summary>As soon as possible: no date, the default.</summary>
    AsSoonAsPossible = 0,

    /// <summary>As late as possible without delaying the project: no date.</summary>
    AsLateAsPossible = 1,

    /// <summary>Start no earlier than the date.</summary>
    StartNoEarlierThan = 2,

    /// <summary>Start no later than the date.</summary>
    StartNoLaterThan = 3,

    /// <summary>Finish no earlier than the date.</summary>
    FinishNoEarlierThan = 4,

    /// <summary>Finish no later than the date.</summary>
    FinishNoLaterThan = 5,

    /// <summary>Must start on the date.</summary>
    MustStartOn = 6,

    /// <summary>Must finish on the date.</summary>
    MustFinishOn = 7,
}

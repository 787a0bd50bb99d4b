namespace Pso.Domain.Intake;

/// <summary>The order of day and month in numeric dates such as <c>03/04/2024</c>.</summary>
public enum DateOrder
{
    /// <summary>Not set: the source's own order when it has one, otherwise detected where unambiguous (a first part
    /// over 12 is a day, a second part over 12 is a day), otherwise an error that asks for this setting.</summary>
    Unspecified = 0,

    /// <summary>Day first: <c>03/04/2024</c> is 3 April 2024.</summary>
    DayMonthYear = 1,

    /// <summary>Month first: <c>03/04/2024</c> is 4 March 2024.</summary>
    MonthDayYear = 2,
}

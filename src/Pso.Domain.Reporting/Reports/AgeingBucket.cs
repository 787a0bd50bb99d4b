namespace Pso.Domain.Reporting.Reports;

/// <summary>How long an unpaid invoice is past its due date.</summary>
public enum AgeingBucket
{
    /// <summary>Not yet due.</summary>
    NotYetDue,

    /// <summary>0 to 30 days past due.</summary>
    Days0To30,

    /// <summary>31 to 60 days past due.</summary>
    Days31To60,

    /// <summary>61 to 90 days past due.</summary>
    Days61To90,

    /// <summary>More than 90 days past due.</summary>
    Over90Days,
}

namespace Pso.Domain.MsProject;

/// <summary>The kinds of Microsoft Project resources, numbered as in the file.</summary>
public enum MspdiResourceType
{
    /// <summary>A material, consumed in units.</summary>
    Material = 0,

    /// <summary>People and equipment, who work in time.</summary>
    Work = 1,

    /// <summary>A cost such as travel, entered as an amount.</summary>
    Cost = 2,
}

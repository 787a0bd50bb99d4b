using System;

namespace Pso.Domain;

/// <summary>
/// A strongly typed identifier: a validated, case-sensitive text value that cannot be confused with the id of another
/// kind of thing. Implemented by <see cref="ProjectId"/>, <see cref="ActivityId"/>, <see cref="ResourceId"/> and the
/// other ids of Pso.Domain.
/// </summary>
/// <remarks>
/// <para>A valid id is 1 to <see cref="EntityIds.MaxLength"/> characters long, has no control characters, no byte-order
/// mark (U+FEFF) and no
/// leading or trailing white space. Ids compare ordinally (case-sensitive), which is also their sort order.</para>
/// <para>The default value of an id type is the empty id, which no constructor produces; it stands for "no id".</para>
/// </remarks>
/// <typeparam name="TSelf">The id type itself.</typeparam>
public interface IEntityId<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, IParsable<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
    /// <summary>Gets the text of the id; empty for the default value.</summary>
    string Value { get; }

    /// <summary>Gets whether this is the default (empty) id.</summary>
    bool IsEmpty { get; }
}

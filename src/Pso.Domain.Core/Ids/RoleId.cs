using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain;

/// <summary>Identifies a role that resources can fill, such as <c>business-analyst</c>. See <see cref="IEntityId{TSelf}"/> for the rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<RoleId>))]
public readonly struct RoleId : IEntityId<RoleId>
{
    private readonly string? _value;

    /// <summary>Initialises the id from its text.</summary>
    /// <param name="value">The text of the id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    public RoleId(string value) => _value = EntityIds.Check(value, nameof(value));

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public bool IsEmpty => _value is null;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether the ids are equal.</returns>
    public static bool operator ==(RoleId left, RoleId right) => left.Equals(right);

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether the ids differ.</returns>
    public static bool operator !=(RoleId left, RoleId right) => !left.Equals(right);

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RoleId left, RoleId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equals <paramref name="right"/>.</returns>
    public static bool operator <=(RoleId left, RoleId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RoleId left, RoleId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equals <paramref name="right"/>.</returns>
    public static bool operator >=(RoleId left, RoleId right) => left.CompareTo(right) >= 0;

    /// <summary>Reads an id from its text.</summary>
    /// <param name="s">The text of the id.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a valid id.</exception>
    public static RoleId Parse(string s) => new(EntityIds.CheckParse(s, "role id"));

    /// <summary>Tries to read an id from its text.</summary>
    /// <param name="s">The text of the id.</param>
    /// <param name="result">The id when valid; otherwise the empty id.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RoleId result)
    {
        result = EntityIds.IsValid(s, out _) ? new RoleId(s) : default;
        return !result.IsEmpty;
    }

    /// <inheritdoc/>
    static RoleId IParsable<RoleId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<RoleId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RoleId result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    public bool Equals(RoleId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RoleId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc/>
    public int CompareTo(RoleId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the text of the id.</summary>
    /// <returns>The text; empty for the default value.</returns>
    public override string ToString() => Value;
}
